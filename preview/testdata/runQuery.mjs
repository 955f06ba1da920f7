// One query of Grafana's TestData datasource, provisioned as uid `testdata` (provisioning/datasources/default.yaml);
// its plugin id is grafana-testdata-datasource, `testdata` its old alias. Only the csv_content scenario is served.
import { csvContentFrame } from './csvContent.mjs';

export const TESTDATA_UID = 'testdata';
export const TESTDATA_TYPES = ['grafana-testdata-datasource', 'testdata'];

/** A DataResponse ({ frames } or { error, status }) as dataResponseToJSON takes it. */
export function runTestDataQuery(q) {
  const scenario = q.scenarioId ?? 'random_walk';
  if (scenario !== 'csv_content') {
    return { error: `TestData scenario "${scenario}" is not served by the preview: use csv_content`, status: 400 };
  }
  if (!q.csvContent) {
    // TestData answers an empty CSV with no frames.
    return { frames: [] };
  }
  try {
    return { frames: [csvContentFrame(q.csvContent, q.alias ?? '')] };
  } catch (e) {
    return { error: e.message, status: 400 };
  }
}
