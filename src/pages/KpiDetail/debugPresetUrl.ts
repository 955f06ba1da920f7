import { urlUtil, type DataQueryRequest } from '@grafana/data';
import { type DataQuery } from '@grafana/schema';

import { type Kpi } from '../../kpi/types';

/** The bundled debug preset's uid (src/dashboards/debug.json). */
const DEBUG_PRESET_UID = 'kpi-debug';

/**
 * The debug preset opened on this KPI over the range it was evaluated over. The preset reads the KPI's query,
 * target and at-risk lines from the catalog through the KPI datasource, so any datasource's KPI has one.
 */
export function debugPresetUrl(kpi: Kpi, request: DataQueryRequest<DataQuery>): string {
  return urlUtil.renderUrl(`/d/${DEBUG_PRESET_UID}`, {
    'var-kpi': kpi.id,
    from: String(request.range.from.valueOf()),
    to: String(request.range.to.valueOf()),
  });
}
