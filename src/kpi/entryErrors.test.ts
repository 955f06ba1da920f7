import { entryErrors } from './entryErrors';
import { placeText, type Place } from './places';
import { type Problem } from './types';

const problem = (at: Place, severity: Problem['severity'] = 'error'): Problem => ({ severity, at, message: 'x' });

describe('entryErrors', () => {
  it("takes the errors at an entry and inside it, not another entry's or a warning", () => {
    const problems = [
      problem({ list: 'objectives', index: 1, path: [] }),
      problem({ list: 'objectives', index: 1, id: 'speed', path: ['id'] }),
      problem({ list: 'objectives', index: 1, path: ['title'] }),
      problem({ list: 'objectives', index: 10, id: 'other', path: ['id'] }),
      problem({ list: 'objectives', index: 1, id: 'speed', path: ['owner'] }, 'warning'),
      problem({ list: 'scorecards', index: 1, id: 'speed', path: ['id'] }),
      problem({ path: ['objectives', 1] }),
    ];
    expect(entryErrors(problems, 'objectives', 1).map((p) => placeText(p.at))).toEqual([
      'objectives[1]',
      'objectives[1] (speed).id',
      'objectives[1].title',
    ]);
  });
});
