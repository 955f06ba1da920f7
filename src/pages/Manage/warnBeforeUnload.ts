/**
 * Closing or reloading the browser tab with unsaved edits asks first: the draft lives only in this page. Returns
 * what stops asking.
 */
export function warnBeforeUnload(isDirty: () => boolean): () => void {
  const warn = (event: BeforeUnloadEvent) => {
    if (isDirty()) {
      event.preventDefault();
    }
  };
  window.addEventListener('beforeunload', warn);
  return () => window.removeEventListener('beforeunload', warn);
}
