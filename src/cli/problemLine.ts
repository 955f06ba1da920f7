import { placeInFile } from '../kpi/catalogYaml';
import { type Problem } from '../kpi/types';

/**
 * The spec's `FILE: PLACE: MESSAGE` (`FILE: PLACE: warning: MESSAGE`), PLACE as it is in the file: a catalog in a
 * provisioning file's jsonData.catalog has its places under `prefix` (apps[0].jsonData.catalog.).
 */
export function problemLine(file: string, prefix: string, problem: Problem): string {
  const warning = problem.severity === 'warning' ? 'warning: ' : '';
  return `${file}: ${placeInFile(prefix, problem.at)}: ${warning}${problem.message}`;
}
