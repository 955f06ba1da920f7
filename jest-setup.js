// Jest setup provided by Grafana scaffolding
import './.config/jest-setup';

// jsdom has no IntersectionObserver; scenes' lazy loader needs one. Report everything as visible.
class IntersectionObserverStandIn {
  constructor(callback) {
    this.callback = callback;
  }
  observe(target) {
    this.callback([{ isIntersecting: true, target, intersectionRatio: 1 }], this);
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
global.IntersectionObserver = IntersectionObserverStandIn;

// i18next (loaded by @grafana/i18n) prints a promotion unless told it was shown; keep test output readable.
globalThis.__i18next_supportNoticeShown = true;

// waitFor and findBy* give up after 1 s by default: on a busy 2-core machine a modal that closes or a scene that
// re-renders can take longer, and the delete-dialog tests failed that way under load while passing alone; the
// KPI form's preview (a debounce, then the datasource's answer) took over 5 s with four engineers' runs on it.
import { configure } from '@testing-library/react';
configure({ asyncUtilTimeout: 10000 });
