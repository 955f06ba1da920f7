// Grafana's alert-rule provisioning API and folder API, as far as the app's editor uses them
// (pkg/services/ngalert/api/api_provisioning.go, pkg/api/folder.go): list, create and update rules,
// delete one (for tests), list and create folders. Writes need an admin, as alert.provisioning:write does.
// A body is also checked against Grafana's ProvisionedAlertRule schema when the shared fixtures are there.
import { schemaProblems } from './ruleSchema.mjs';

const RULES = '/api/v1/provisioning/alert-rules';
const REQUIRED = [
  'orgID',
  'folderUID',
  'ruleGroup',
  'title',
  'condition',
  'data',
  'noDataState',
  'execErrState',
  'for',
];

function invalid(rule, store) {
  const unbound = schemaProblems(rule);
  if (unbound) {
    return `invalid alert rule: ${unbound}`;
  }
  const missing = REQUIRED.filter((field) => rule?.[field] === undefined || rule[field] === '');
  if (missing.length) {
    return `invalid alert rule: missing ${missing.join(', ')}`;
  }
  if (typeof rule.uid === 'string' && !/^[a-zA-Z0-9-_]{1,40}$/.test(rule.uid)) {
    return 'invalid alert rule: uid must be at most 40 letters, digits, - or _';
  }
  if (!store.folder(rule.folderUID)) {
    return `folder does not exist: ${rule.folderUID}`;
  }
  return undefined;
}

/** @returns {Promise<{ status, body } | undefined>} undefined when the path is not one of these APIs */
export async function handleProvisioningApi({ method, path, role, readBody, store, changed }) {
  const admin = role === 'Admin';
  const denied = { status: 403, body: { message: 'You do not have permission', accessErrorId: 'ACE0000000000' } };
  if (path === '/api/folders') {
    if (method === 'GET') {
      return { status: 200, body: store.folders().map(({ uid, title }) => ({ id: 0, uid, title })) };
    }
    if (method === 'POST') {
      if (!admin) {
        return denied;
      }
      const { title } = await readBody();
      if (!title) {
        return { status: 400, body: { message: 'folder title cannot be empty' } };
      }
      return { status: 200, body: store.addFolder(title) };
    }
  }
  if (path === RULES && method === 'GET') {
    return { status: 200, body: store.rules() };
  }
  if (path === RULES && method === 'POST') {
    if (!admin) {
      return denied;
    }
    const rule = await readBody();
    const problem =
      invalid(rule, store) ?? (store.rule(rule.uid) ? `a rule with uid ${rule.uid} already exists` : undefined);
    if (problem) {
      return { status: 400, body: { message: problem } };
    }
    const stored = { ...rule, uid: rule.uid ?? `rule-${store.rules().length + 1}`, provenance: 'api' };
    store.putRule(stored);
    changed();
    return { status: 201, body: stored };
  }
  const one = path.startsWith(`${RULES}/`) ? decodeURIComponent(path.slice(RULES.length + 1)) : undefined;
  if (one !== undefined) {
    const existing = store.rule(one);
    if (method === 'GET') {
      return existing ? { status: 200, body: existing } : { status: 404, body: { message: 'rule not found' } };
    }
    if (!admin) {
      return denied;
    }
    if (!existing) {
      return { status: 404, body: { message: 'rule not found' } };
    }
    if (existing.provenance === 'file') {
      return { status: 409, body: { message: `cannot change provenance from 'file' to 'api'` } };
    }
    if (method === 'PUT') {
      const rule = { ...(await readBody()), uid: one };
      const problem = invalid(rule, store);
      if (problem) {
        return { status: 400, body: { message: problem } };
      }
      store.putRule({ ...rule, provenance: 'api' });
      changed();
      return { status: 200, body: store.rule(one) };
    }
    if (method === 'DELETE') {
      store.deleteRule(one);
      changed();
      return { status: 204, body: {} };
    }
  }
  return undefined;
}
