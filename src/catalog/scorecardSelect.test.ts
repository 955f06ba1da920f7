import { type Scorecard } from '../kpi/types';
import { scorecardSelect, selectIsReadable } from './scorecardSelect';

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

  it('tells a select it reads whole from one it cannot show, which a form would replace', () => {
    const readable = [undefined, {}, { ids: ['a'], team: 'platform' }];
    const unreadable = ['team=platform', 5, null, ['a'], { ids: 'a', type: 'lagging' }];
    expect(readable.map((s) => selectIsReadable(withSelect(s)))).toEqual([true, true, true]);
    expect(unreadable.map((s) => selectIsReadable(withSelect(s)))).toEqual([false, false, false, false, false]);
  });
});
