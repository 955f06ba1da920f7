import { checkSelectorValues } from './checkSelection';
import { parseArgs } from './cliIo';

const catalog = {
  objectives: [{ id: 'retention' }],
  kpis: [
    { id: 'availability', team: 'sre', tags: ['slo'] },
    { id: 'deploys', team: 'platform', tags: 'dora', objective: 'speed' },
    null,
  ],
};

const problem = (select: Record<string, unknown>) => {
  try {
    checkSelectorValues(select, catalog);
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
};

describe('checkSelectorValues', () => {
  it.each([
    ['offtrack', ' (did you mean off-track?)'],
    ['off_track', ' (did you mean off-track?)'],
    ['Off-track', ' (did you mean off-track?)'],
    ['red', ''],
  ])('refuses status=%s, naming the statuses there are', (status, hint) => {
    expect(problem({ status })).toBe(
      `--select: unknown status '${status}'${hint}: use at-risk, error, no-data, off-track, on-track or stale`
    );
  });

  it('refuses a team, tag, objective or id no KPI has, naming those the catalog has', () => {
    expect(problem({ team: 'SRE' })).toBe("--select: unknown team 'SRE' (did you mean sre?): use platform or sre");
    expect(problem({ tag: 'dora' })).toBe("--select: unknown tag 'dora': use slo");
    expect(problem({ objective: 'growth' })).toBe("--select: unknown objective 'growth': use retention or speed");
    expect(problem({ ids: ['deploys', 'mttr'] })).toBe("--select: unknown id 'mttr': use availability or deploys");
    expect(problem({ type: 'lagging-ish' })).toBe("--select: unknown type 'lagging-ish': use lagging or leading");
  });

  it('takes values the catalog or the spec has', () => {
    expect(problem({ status: 'off-track', team: 'sre', tag: 'slo', objective: 'retention', type: 'leading' })).toBe(
      undefined
    );
    expect(problem({ category: 'security', ids: ['availability'] })).toBe(undefined);
  });
});

describe('parseArgs', () => {
  it('reads a flag without a value and still refuses unknown options', () => {
    const { options, positional } = parseArgs(
      ['--allow-empty', '--select', 'team=sre', 'x'],
      ['select'],
      ['allow-empty']
    );
    expect(options).toEqual(
      new Map([
        ['allow-empty', 'true'],
        ['select', 'team=sre'],
      ])
    );
    expect(positional).toEqual(['x']);
    expect(() => parseArgs(['--allow-emtpy'], ['select'], ['allow-empty'])).toThrow(
      'unknown option --allow-emtpy (known: --select, --allow-empty)'
    );
  });
});
