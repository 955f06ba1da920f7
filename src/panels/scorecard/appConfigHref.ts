import { locationUtil } from '@grafana/data';
import { APP_PLUGIN_ID } from '../../query/catalogSettings';

/** The app's configuration page, where an admin sets the catalog. */
export const appConfigHref = () => locationUtil.assureBaseUrl(`/plugins/${APP_PLUGIN_ID}`);
