import fc from 'fast-check';

import { makeKpi } from '../test-fixtures/kpiBuilders';
import { CatalogParseError } from './catalogParseError';
import { catalogToYaml, placeInFile, readCatalogText } from './catalogYaml';
import { type KpiCatalog } from './types';

const CATALOG = `apiVersion: kpi-scorecards/v1
kind: KpiCatalog
kpis:
  - id: mttr
    name: Mean time to restore
    team: sre
    owner: sam@example.com
    type: lagging
    direction: lower-is-better
    target: { value: 60, atRisk: 90 }
    window: 30d
    query: { datasource: { type: prometheus, uid: prom }, expr: mttr_minutes }
`;

function parseError(text: string, fileName?: string): CatalogParseError {
  try {
    readCatalogText(text, fileName);
  } catch (e) {
    return e as CatalogParseError;
  }
  throw new Error('expected a parse error');
}

describe('readCatalogText', () => {
  it('reads YAML and JSON as the same document', () => {
    const fromYaml = readCatalogText(CATALOG);
    const fromJson = readCatalogText(JSON.stringify(fromYaml.catalog, null, 2));
    expect(fromJson).toEqual(fromYaml);
    expect(fromYaml.prefix).toBe('');
    expect((fromYaml.catalog as KpiCatalog).kpis[0].target).toEqual({ value: 60, atRisk: 90 });
  });

  it.each([
    ['an unclosed flow sequence', 'kpis:\n  - id: a\n    name: [unclosed\n', 4, 1],
    ['a duplicate key', 'apiVersion: kpi-scorecards/v1\nkind: KpiCatalog\nkind: Other\n', 3, 1],
    ['broken JSON', '{"apiVersion": "kpi-scorecards/v1",\n  "kpis": [\n    {"id": "a",,}\n  ]\n}', 3, 16],
  ])('reports %s with the line and column', (_name, text, line, column) => {
    const error = parseError(text);
    expect(error).toBeInstanceOf(CatalogParseError);
    expect(error.line).toBe(line);
    expect(error.column).toBe(column);
    expect(error.message).toMatch(new RegExp(`^line ${line}, column ${column}: \\S`));
  });

  it.each([
    [
      'a trailing comma',
      '{\n  "kind": "KpiCatalog",\n  "kpis": [],\n}\n',
      4,
      1,
      'Expected double-quoted property name in JSON',
    ],
    ['a trailing comma in a list', '{\n  "kpis": [\n    {"id": "a"},\n  ]\n}\n', 4, 3, "Unexpected token ']' in JSON"],
    ['single quotes', "{\n  'kind': 'KpiCatalog'\n}\n", 2, 3, "Expected property name or '}' in JSON"],
    ['a comment', '{"kind": "KpiCatalog"} # catalog\n', 1, 24, 'Unexpected non-whitespace character after JSON'],
  ])(
    'reads a file named .json as JSON: %s is an error, with its line and column',
    (_name, text, line, column, reason) => {
      expect(() => readCatalogText(text, 'catalog.yaml')).not.toThrow();
      const error = parseError(text, 'catalog.JSON');
      expect(error.message).toBe(`line ${line}, column ${column}: ${reason}`);
      expect([error.line, error.column]).toEqual([line, column]);
    }
  );

  it('reads a .json file as JSON.parse does, and refuses a repeated key as YAML does', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(readCatalogText(text, 'catalog.json').catalog).toEqual(JSON.parse(text));
      })
    );
    expect(parseError('{"kind": "KpiCatalog",\n "kind": "Other"}', 'catalog.json').message).toBe(
      'line 2, column 2: Map keys must be unique'
    );
  });

  it('keeps the keys in the order they are written', () => {
    const { catalog } = readCatalogText(CATALOG);
    expect(Object.keys((catalog as KpiCatalog).kpis[0])).toEqual([
      'id',
      'name',
      'team',
      'owner',
      'type',
      'direction',
      'target',
      'window',
      'query',
    ]);
  });
});

describe('provisioning files', () => {
  const indent = (text: string, by: string) => text.replace(/^(?=.)/gm, by);

  it('finds jsonData.catalog written as an object', () => {
    const file = `apiVersion: 1\napps:\n  - type: other-app\n  - type: kpi-scorecards-app\n    org_id: 1\n    jsonData:\n      catalog:\n${indent(CATALOG, '        ')}`;
    expect(readCatalogText(file)).toEqual({
      catalog: readCatalogText(CATALOG).catalog,
      prefix: 'apps[1].jsonData.catalog.',
      warnings: [],
    });
  });

  it('finds jsonData.catalog written as YAML text', () => {
    const file = `apiVersion: 1\napps:\n  - type: kpi-scorecards-app\n    jsonData:\n      catalog: |\n${indent(CATALOG, '        ')}`;
    expect(readCatalogText(file)).toEqual({
      catalog: readCatalogText(CATALOG).catalog,
      prefix: 'apps[0].jsonData.catalog.',
      warnings: [],
    });
  });

  it('finds jsonData.catalog written as JSON text', () => {
    const json = JSON.stringify(readCatalogText(CATALOG).catalog);
    const file = JSON.stringify({ apiVersion: 1, apps: [{ type: 'kpi-scorecards-app', jsonData: { catalog: json } }] });
    expect(readCatalogText(file).catalog).toEqual(readCatalogText(CATALOG).catalog);
  });

  it('names the line and column in the file of an error in a catalog written as a YAML block', () => {
    const file = `apiVersion: 1
apps:
  - type: kpi-scorecards-app
    jsonData:
      catalog: |
        apiVersion: kpi-scorecards/v1
        kind: KpiCatalog
        kpis:
          - id: a
            query: { expr: 'rate(x[$$__rate_interval])', datasource: { uid: p } } }
            name: A
`;
    // Column 83 is the stray } as the file has it, with both $ of $$ (Grafana reads them as one).
    const stray = parseError(file);
    expect(stray.message).toBe('line 10, column 83: Unexpected flow-map-end token in YAML stream: "}"');
    expect([stray.line, stray.column]).toEqual([10, 83]);
    // An unclosed list is reported where the text ends, as in a catalog file: the line after the block.
    const unclosed = parseError(file.replace(/ {12}query.*\n.*\n$/, '            name: [oops\n'));
    expect(unclosed.message).toBe(
      'line 11, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]'
    );
  });

  it('names the line and column in the text, after its place, for a catalog written as quoted text', () => {
    const error = parseError('apps:\n  - type: kpi-scorecards-app\n    jsonData: { catalog: "kpis: [a, b" }\n');
    expect(error.message).toBe(
      'apps[0].jsonData.catalog: line 1, column 12: Flow sequence in block collection must be sufficiently indented and end with a ]'
    );
  });

  it('says when the file provisions other apps only, or the app has no catalog', () => {
    expect(parseError('apiVersion: 1\napps:\n  - type: grafana-llm-app\n').message).toBe(
      'provisioning file has no app of type kpi-scorecards-app'
    );
    expect(parseError('apps:\n  - type: kpi-scorecards-app\n    jsonData: {}\n').message).toBe(
      'apps[0].jsonData.catalog: required (the app has no catalog)'
    );
  });
});

describe('placeInFile', () => {
  it('puts a place in the catalog where it is in the file; the whole catalog is jsonData.catalog itself', () => {
    const owner = { list: 'kpis' as const, index: 0, id: 'mttr', path: ['owner'] };
    expect(placeInFile('', owner)).toBe('kpis[0] (mttr).owner');
    expect(placeInFile('', { path: [] })).toBe('(document)');
    expect(placeInFile('', { path: ['kpis'] })).toBe('kpis');
    expect(placeInFile('apps[1].jsonData.catalog.', { ...owner, id: undefined })).toBe(
      'apps[1].jsonData.catalog.kpis[0].owner'
    );
    expect(placeInFile('apps[1].jsonData.catalog.', { path: [] })).toBe('apps[1].jsonData.catalog');
  });
});

describe('catalogToYaml', () => {
  it('writes keys in the order they are in, so a git diff shows only what changed', () => {
    const kpi = makeKpi({ id: 'zeta' });
    const catalog: KpiCatalog = {
      kind: 'KpiCatalog',
      apiVersion: 'kpi-scorecards/v1',
      kpis: [{ ...kpi, window: '30d' }],
    };
    const yaml = catalogToYaml(catalog);
    expect(yaml.split('\n').slice(0, 5)).toEqual([
      'kind: KpiCatalog',
      'apiVersion: kpi-scorecards/v1',
      'kpis:',
      '  - id: zeta',
      '    name: Deployment frequency',
    ]);
    expect(readCatalogText(yaml).catalog).toEqual(catalog);
  });

  it('keeps text that looks like YAML as text', () => {
    const catalog: KpiCatalog = {
      apiVersion: 'kpi-scorecards/v1',
      kind: 'KpiCatalog',
      kpis: [
        makeKpi({
          name: 'yes',
          owner: 'null',
          description: '- not: a list\n# nor a comment',
          tags: ['1.0', 'on', '~'],
        }),
      ],
    };
    expect(readCatalogText(catalogToYaml(catalog)).catalog).toEqual(catalog);
  });
});
