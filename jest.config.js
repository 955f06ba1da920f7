// force timezone to UTC to allow tests to work regardless of local timezone
// generally used by snapshots, but can affect specific tests
process.env.TZ = 'UTC';

const base = require('./.config/jest.config');

module.exports = {
  ...base,
  // Rendering @grafana/ui and scenes in jsdom takes seconds on a busy 2-core machine; 5 s flakes.
  testTimeout: 30_000,
  moduleNameMapper: {
    ...base.moduleNameMapper,
    // jsdom makes jest pick yaml's browser build, which is untranspiled ESM; the Node build is the same code.
    '^yaml$': require.resolve('yaml'),
    // d3's packages are ES modules only; its one-file UMD build is the same code (Grafana provides d3 at runtime).
    '^d3$': '<rootDir>/node_modules/d3/dist/d3.min.js',
  },
  // d3-color and friends ship .mjs files that jest cannot load untransformed.
  transform: {
    ...base.transform,
    '^.+\\.mjs$': base.transform['^.+\\.(t|j)sx?$'],
  },
};
