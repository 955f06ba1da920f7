import { canEditCatalog, canWriteAlertRules } from './permissions';

describe('canEditCatalog', () => {
  it.each([
    ['an org admin', { orgRole: 'Admin', isGrafanaAdmin: false }, true],
    ['a Grafana admin who is a viewer in this org', { orgRole: 'Viewer', isGrafanaAdmin: true }, true],
    ['an editor', { orgRole: 'Editor', isGrafanaAdmin: false }, false],
    ['a viewer', { orgRole: 'Viewer', isGrafanaAdmin: false }, false],
    [
      'an editor granted plugins:write under RBAC',
      { orgRole: 'Editor', isGrafanaAdmin: false, permissions: { 'plugins:write': true } },
      true,
    ],
    [
      'an admin whose RBAC permissions lack plugins:write',
      { orgRole: 'Admin', isGrafanaAdmin: false, permissions: { 'dashboards:read': true } },
      false,
    ],
    ['nobody signed in', null, false],
  ] as const)('%s: %s', (_who, user, allowed) => {
    expect(canEditCatalog(user as never)).toBe(allowed);
  });
});

describe('canWriteAlertRules', () => {
  it.each([
    ['an org admin', { orgRole: 'Admin', isGrafanaAdmin: false }, true],
    ['an editor', { orgRole: 'Editor', isGrafanaAdmin: false }, false],
    ['a viewer', { orgRole: 'Viewer', isGrafanaAdmin: false }, false],
    [
      'an admin under RBAC with alert.provisioning:write',
      { orgRole: 'Admin', permissions: { 'plugins:write': true, 'alert.provisioning:write': true } },
      true,
    ],
    [
      'a catalog editor under RBAC without any alert provisioning right',
      { orgRole: 'Editor', permissions: { 'plugins:write': true } },
      false,
    ],
    ['nobody signed in', null, false],
  ] as const)('%s: %s', (_who, user, allowed) => {
    expect(canWriteAlertRules(user as never)).toBe(allowed);
  });
});
