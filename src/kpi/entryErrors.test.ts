import { entryErrors } from './entryErrors';
import { Problem } from './types';

const problem = (place: string, severity: Problem['severity'] = 'error'): Problem => ({
  severity,
  place,
  message: 'x',
});

describe('entryErrors', () => {
  it("takes the errors at an entry and inside it, not another entry's or a warning", () => {
    const problems = [
      problem('objectives[1]'),
      problem('objectives[1] (speed).id'),
      problem('objectives[1].title'),
      problem('objectives[10] (other).id'),
      problem('objectives[1] (speed).owner', 'warning'),
      problem('scorecards[1] (speed).id'),
    ];
    expect(entryErrors(problems, 'objectives', 1).map((p) => p.place)).toEqual([
      'objectives[1]',
      'objectives[1] (speed).id',
      'objectives[1].title',
    ]);
  });
});
