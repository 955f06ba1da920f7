import { type CurrentUserDTO } from '@grafana/data';
import { config } from '@grafana/runtime';

export type CatalogUser = Pick<CurrentUserDTO, 'orgRole' | 'isGrafanaAdmin'> &
  Partial<Pick<CurrentUserDTO, 'permissions'>>;

/**
 * Whether to show edit controls: the user may change this app's plugin settings (org Admin or Grafana admin,
 * or `plugins:write` under RBAC). This only decides what is shown; Grafana's settings API enforces the write.
 */
export function canEditCatalog(user: CatalogUser | null | undefined = config.bootData?.user): boolean {
  if (!user) {
    return false;
  }
  if (user.permissions && Object.keys(user.permissions).length > 0) {
    return Boolean(user.permissions['plugins:write'] || user.isGrafanaAdmin);
  }
  return user.orgRole === 'Admin' || Boolean(user.isGrafanaAdmin);
}

/**
 * Whether to offer writing alert rules through Grafana's provisioning API: an org Admin, or under RBAC
 * `alert.provisioning:write` (or its rules-only `alert.rules.provisioning:write`). Grafana enforces it.
 */
export function canWriteAlertRules(user: CatalogUser | null | undefined = config.bootData?.user): boolean {
  if (!user) {
    return false;
  }
  if (user.permissions && Object.keys(user.permissions).length > 0) {
    return Boolean(user.permissions['alert.provisioning:write'] || user.permissions['alert.rules.provisioning:write']);
  }
  return user.orgRole === 'Admin';
}
