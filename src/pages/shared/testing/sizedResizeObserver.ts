// jsdom lays nothing out: with this, every element measures 1200 x 800, so a scenes VizPanel draws its panel.
// Import it before @grafana/scenes: react-use's useMeasure looks for ResizeObserver once, when it loads.
class SizedResizeObserver {
  constructor(private readonly callback: (entries: unknown[]) => void) {}
  observe() {
    const rect = { x: 0, y: 0, top: 0, left: 0, width: 1200, height: 800, bottom: 800, right: 1200 };
    this.callback([{ contentRect: rect }]);
  }
  unobserve() {}
  disconnect() {}
}

window.ResizeObserver = SizedResizeObserver as unknown as typeof ResizeObserver;
