import { interpolateSelector } from './interpolateSelector';
import { DEFAULT_OPTIONS } from '../panels/scorecard/scorecardOptions';

const vars: Record<string, string> = { $team: 'platform|payments', $all: '$__all', $star: '*', $kpi: 'deploys' };
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
});
