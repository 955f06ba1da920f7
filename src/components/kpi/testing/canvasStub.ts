// jsdom has no 2D canvas and the scaffold's setup returns undefined from getContext; uPlot (behind the KPI
// page's TimeSeries chart) and KpiSparkline draw on one. A context whose every method does nothing lets them
// mount in tests (KpiSparkline.test.tsx records what is drawn instead).
const noop = () => undefined;
const context = new Proxy(
  {},
  {
    get: (_target, prop) => (prop === 'measureText' ? () => ({ width: 0 }) : prop === 'canvas' ? undefined : noop),
    set: () => true,
  }
);
HTMLCanvasElement.prototype.getContext = (() => context) as unknown as HTMLCanvasElement['getContext'];
export {};

// uPlot builds its line paths as Path2D objects, which jsdom does not have either.
class Path2DStub {
  moveTo = noop;
  lineTo = noop;
  bezierCurveTo = noop;
  quadraticCurveTo = noop;
  arc = noop;
  rect = noop;
  closePath = noop;
  addPath = noop;
}
Object.assign(globalThis, { Path2D: (globalThis as { Path2D?: unknown }).Path2D ?? Path2DStub });
