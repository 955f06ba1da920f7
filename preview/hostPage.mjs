// The one HTML page, with Grafana's <base href> (plugins and @grafana/ui use
// relative public/... URLs): boot data first (plain script, so it exists before the
// bundle evaluates @grafana/runtime), then the host bundle as an ES module.
const escapeJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

export function hostPage(settings, { stylesheet = false } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<base href="/" />
<title>KPI Scorecards preview</title>
<link rel="icon" href="data:," />${stylesheet ? '\n<link rel="stylesheet" href="/preview/assets/main.css" />' : ''}
<script>
(function () {
  // ?role=Viewer|Editor|Admin and ?theme=dark|light choose the user, as a Grafana login would.
  var q = new URLSearchParams(location.search);
  var role = ['Viewer', 'Editor', 'Admin'].indexOf(q.get('role')) >= 0 ? q.get('role') : 'Admin';
  var theme = q.get('theme') === 'light' ? 'light' : 'dark';
  // Grafana 12 sends each user's RBAC actions; these are the basic roles' actions a
  // plugin is likely to check (a subset, not Grafana's full role definitions).
  var viewer = ['dashboards:read', 'folders:read', 'datasources:query', 'plugins.app:access', 'annotations:read'];
  var editor = viewer.concat(['dashboards:create', 'dashboards:write', 'dashboards:delete', 'folders:create', 'folders:write', 'annotations:create', 'annotations:write']);
  var admin = editor.concat(['plugins:write', 'alert.provisioning:read', 'alert.provisioning:write', 'datasources:read', 'datasources:write', 'datasources:create', 'org.users:read', 'teams:read']);
  var actions = { Viewer: viewer, Editor: editor, Admin: admin }[role];
  var permissions = {};
  actions.forEach(function (a) { permissions[a] = true; });
  window.grafanaBootData = {
    settings: ${escapeJson(settings)},
    user: {
      id: 1, uid: 'preview', login: role.toLowerCase(), email: role.toLowerCase() + '@preview.local',
      name: 'Preview ' + role, orgId: 1, orgName: 'Main Org.', orgRole: role,
      isGrafanaAdmin: role === 'Admin', isSignedIn: true, hasEditPermissionInFolders: role !== 'Viewer',
      theme: theme, lightTheme: theme === 'light', timezone: 'browser', weekStart: 'browser',
      locale: 'en-US', language: 'en-US', regionalFormat: 'en-US', permissions: permissions, helpFlags1: 0,
      analytics: { identifier: 'preview' }
    },
    navTree: [],
    assets: { dark: '', light: '' }
  };
})();
</script>
</head>
<body class="theme-dark">
<div id="preview-root"></div>
<script type="module" src="/preview/assets/main.js"></script>
</body>
</html>`;
}
