// Grafana turns clicks on same-origin <a href> into locationService.push, so plain
// links (tabs, cards) navigate in-app instead of reloading the page.
import { locationService } from '@grafana/runtime';

export function interceptLinkClicks() {
  document.addEventListener('click', (event) => {
    const anchor = (event.target as HTMLElement | null)?.closest('a');
    if (!anchor || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    const href = anchor.getAttribute('href');
    if (!href || anchor.target === '_blank' || href.startsWith('#')) {
      return;
    }
    const url = new URL(href, window.location.href);
    if (url.origin !== window.location.origin) {
      return;
    }
    event.preventDefault();
    locationService.push(url.pathname + url.search + url.hash);
  });
}
