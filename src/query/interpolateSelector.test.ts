import { DEFAULT_OPTIONS } from '../panels/scorecard/scorecardOptions';
import { interpolateSelector } from './interpolateSelector';

const vars: Record<string, string> = {
  $team: 'platform|payments',
  $all: '$__all',
  $star: '*',
  $kpi: 'deploys',
  // A multi-value `slo` variable on All, as Grafana's template service gives it without a custom all value.
  $slo: 'api-availability|checkout-availability',
};
const replace = (text: string) => text.replace(/\$\w+/g, (name) => vars[name] ?? name);

describe('interpolateSelector', () => {
  it('fills in template variables; a multi-value one becomes alternatives', () => {
    expect(interpolateSelector({ ...DEFAULT_OPTIONS, team: '$team', tag: 'dora' }, replace)).toEqual({
      team: ['platform', 'payments'],
      tag: ['dora'],
    });
  });

  it('reads "All" (and a custom all value of * or .*) and empty as no restriction', () => {
    expect(interpolateSelector({ ...DEFAULT_OPTIONS, team: '$all', type: '$star', category: ' ' }, replace)).toEqual(
      {}
    );
  });

  it('takes only the ids in by-id mode, variables filled in', () => {
    expect(
      interpolateSelector({ ...DEFAULT_OPTIONS, selectBy: 'ids', ids: ['$kpi', 'mttr'], team: 'x' }, replace)
    ).toEqual({
      ids: ['deploys', 'mttr'],
    });
  });

  it("selects exactly the variable's values by ids when it is on All: every SLO, not every KPI", () => {
    expect(interpolateSelector({ ...DEFAULT_OPTIONS, selectBy: 'ids', ids: ['$slo'] }, replace)).toEqual({
      ids: ['api-availability', 'checkout-availability'],
    });
  });

  it('refuses an all value that names no id in by-id mode, naming the id', () => {
    expect(() => interpolateSelector({ ...DEFAULT_OPTIONS, selectBy: 'ids', ids: ['$all'] }, replace)).toThrow(
      'KPI ids: "$all" gave "$__all"'
    );
    expect(() => interpolateSelector({ ...DEFAULT_OPTIONS, selectBy: 'ids', ids: ['$star'] }, replace)).toThrow(
      /names no KPI/
    );
  });
});
