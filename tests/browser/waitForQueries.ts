import type { Page } from '@playwright/test';

/**
 * Resolves once the page's /api/ds/query requests have all answered: after the first
 * one starts (within `startWithinMs`; none at all is fine) and none is left in flight
 * for `quietMs`. Scenes start their queries a moment after the page itself is idle.
 */
export function trackQueries(page: Page, { startWithinMs = 5000, quietMs = 300 } = {}) {
  let inFlight = 0;
  let started = false;
  const isQuery = (url: string) => url.includes('/api/ds/query');
  page.on('request', (r) => {
    if (isQuery(r.url())) {
      inFlight++;
      started = true;
    }
  });
  const done = (r: { url(): string }) => {
    if (isQuery(r.url())) {
      inFlight--;
    }
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);

  return async function settled(timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    const startBy = Date.now() + startWithinMs;
    let quietSince = 0;
    while (Date.now() < deadline) {
      const idle = inFlight === 0 && (started || Date.now() > startBy);
      quietSince = idle ? quietSince || Date.now() : 0;
      if (idle && Date.now() - quietSince >= quietMs) {
        return;
      }
      await page.waitForTimeout(50);
    }
    throw new Error(`queries still in flight after ${timeoutMs} ms: ${inFlight}`);
  };
}
