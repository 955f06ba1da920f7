import { isKnownReducer, reducerOutput } from './grafanaKnowledge';

const SUGGESTIONS = 'lastNotNull, mean, sum, max or count';
const INSTEAD = { boolean: 'true or false', list: 'a list of values', other: 'no number' } as const;

/** What is wrong with a KPI's `reduce`, or undefined when it is a Grafana reducer that gives a number. */
export function reducerProblem(id: string): string | undefined {
  if (!isKnownReducer(id)) {
    return `unknown reducer '${id}': use a Grafana reducer id such as lastNotNull, mean or sum`;
  }
  const output = reducerOutput(id);
  if (output !== 'number') {
    return (
      `reducer '${id}' does not give a number (it gives ${INSTEAD[output]}), so the KPI would always read ` +
      `no-data: use one that does, such as ${SUGGESTIONS}`
    );
  }
  return undefined;
}
