import { locationUtil } from '@grafana/data';
import { PLUGIN_ID } from '../../kpi/pluginId';

/** The app's configuration page, where an admin sets the catalog. */
export const appConfigHref = () => locationUtil.assureBaseUrl(`/plugins/${PLUGIN_ID}`);
