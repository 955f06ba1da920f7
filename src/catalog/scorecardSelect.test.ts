import { Scorecard } from '../kpi/types';
import { scorecardSelect } from './scorecardSelect';

const withSelect = (select: unknown) => ({ id: 's', title: 'S', select }) as Scorecard;

describe('scorecardSelect', () => {
  it('is the select as written when it has the catalog shape', () => {
    expect(scorecardSelect(withSelect({ ids: ['a'], team: 'platform' }))).toEqual({ ids: ['a'], team: 'platform' });
  });

  it('reads a missing or malformed select as no criteria, and ids that are not a list as none', () => {
    expect(scorecardSelect(withSelect(undefined))).toEqual({});
    expect(scorecardSelect(withSelect('team=platform'))).toEqual({});
    expect(scorecardSelect(withSelect({ ids: 'a', type: 'lagging' }))).toEqual({ type: 'lagging' });
  });
});
