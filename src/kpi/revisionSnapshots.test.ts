import { makeKpi } from '../test-fixtures/kpiBuilders';
import { reviseKpi } from './kpiRevisions';
import { definitionsBefore } from './revisionSnapshots';

const author = { by: 'jane@example.com', at: '2026-03-18T12:00:00Z' };

describe('definitionsBefore: old revisions stay readable from compact snapshots', () => {
  it('rebuilds every replaced definition, fields added and removed included', () => {
    const v1 = reviseKpi(undefined, makeKpi(), author);
    const v2 = reviseKpi(v1, { ...v1, maxAge: '2h', window: '30d' }, author);
    const { description: _d, ...withoutDescription } = v2;
    const v3 = reviseKpi(v2, { ...withoutDescription, target: { value: 12 } }, author);
    const strip = ({ history: _h, ...k }: typeof v1) => k;
    expect(definitionsBefore(v3)).toEqual([undefined, strip(v1), strip(v2)]);
  });

  it('reads full snapshots as earlier versions wrote them, and passes over entries that are not objects', () => {
    const old = makeKpi({ revision: 1, target: { value: 5 } });
    const kpi = {
      ...makeKpi({ revision: 2 }),
      history: [7, { revision: 2, at: author.at, by: 'x', changes: ['target.value: 5 -> 10'], snapshot: old }],
    };
    expect(definitionsBefore(kpi)).toEqual([undefined, old]);
  });
});
