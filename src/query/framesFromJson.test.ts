import { parseDsQueryResponse } from './dsQueryResponse';

const good = {
  schema: {
    fields: [
      { name: 'Time', type: 'time' },
      { name: 'Value', type: 'number' },
    ],
  },
  data: {
    values: [
      [1, 2],
      [3, 4],
    ],
  },
};

describe('one malformed result voids only its refId, named at its place', () => {
  it.each([
    ['frames not a list', { frames: { a: 1 } }, 'results.bad.frames: not a list of frames (an object)'],
    ['a null frame', { frames: [good, null] }, 'results.bad.frames[1]: not a data frame (null)'],
    ['a frame without schema', { frames: [{ data: { values: [] } }] }, 'results.bad.frames[0].schema: missing'],
    [
      'fields not a list',
      { frames: [{ schema: { fields: 'Time' }, data: { values: [] } }] },
      'results.bad.frames[0].schema.fields: not a list (string "Time")',
    ],
    [
      'a field that is not one',
      { frames: [{ schema: { fields: [null] } }] },
      'results.bad.frames[0].schema.fields[0]: not a field (null)',
    ],
    [
      'labels whose values are not text',
      { frames: [{ ...good, schema: { fields: [good.schema.fields[0], { name: 'Value', labels: { 0: {} } }] } }] },
      'results.bad.frames[0].schema.fields[1].labels: not label names with text values',
    ],
    [
      'values not a list',
      { frames: [{ ...good, data: { values: 7 } }] },
      'results.bad.frames[0].data.values: not a list (number 7)',
    ],
    [
      "one field's values not a list",
      { frames: [{ ...good, data: { values: [[1], null] } }] },
      'results.bad.frames[0].data.values[1]: not a list (null)',
    ],
    [
      'fewer value lists than fields',
      { frames: [{ ...good, data: { values: [[1, 2]] } }] },
      'results.bad.frames[0].data.values: 1 list(s) for 2 field(s)',
    ],
    [
      'entities of another shape',
      { frames: [{ ...good, data: { ...good.data, entities: [null, { NaN: 1 }] } }] },
      'results.bad.frames[0].data.entities[1]: not lists of sample indexes',
    ],
    ['a result that is not an object', 'oops', 'results.bad: not a result (string "oops")'],
    ['an error object, by its message', { error: { message: 'upstream timed out', code: 504 } }, 'upstream timed out'],
    ['an error object without a message', { error: { code: 504 } }, 'the datasource reported an error: {"code":504}'],
  ])('%s', (_name, bad, error) => {
    const outcomes = parseDsQueryResponse({ results: { ok: { frames: [good] }, bad } });
    expect(outcomes.get('bad')).toEqual({ error });
    expect(outcomes.get('ok')?.frames?.[0].fields[1].values).toEqual([3, 4]);
  });

  it('reads a result without frames, or with a null list, as no frames', () => {
    const outcomes = parseDsQueryResponse({ results: { a: {}, b: { frames: null }, c: { error: '' } } });
    expect([...outcomes.values()]).toEqual([{ frames: [] }, { frames: [] }, { frames: [] }]);
  });
});
