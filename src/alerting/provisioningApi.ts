import { getBackendSrv } from '@grafana/runtime';
import { lastValueFrom } from 'rxjs';

import { type KpiRule } from '../rules/kpiRule';
import { provisionedRule } from '../rules/provisionedRule';
import { type StoredRule } from './planRuleSync';

const RULES_URL = '/api/v1/provisioning/alert-rules';

async function request<T>(method: string, url: string, data?: unknown): Promise<T> {
  const response = await lastValueFrom(getBackendSrv().fetch<T>({ method, url, data, showErrorAlert: false }));
  return response.data;
}

/** Every alert rule of the org, as Grafana's provisioning API lists them. */
export function listRules(): Promise<StoredRule[]> {
  return request<StoredRule[]>('GET', RULES_URL);
}

/** The uid of the folder with this title, if there is one. */
export async function findFolder(title: string): Promise<string | undefined> {
  const folders = await request<Array<{ uid: string; title: string }>>('GET', '/api/folders');
  return folders.find((folder) => folder.title === title)?.uid;
}

/** The uid of the folder with this title, made when there is none. */
export async function ensureFolder(title: string): Promise<string> {
  return (await findFolder(title)) ?? (await request<{ uid: string }>('POST', '/api/folders', { title })).uid;
}

export function createRule(rule: KpiRule, folderUid: string): Promise<StoredRule> {
  return request('POST', RULES_URL, provisionedRule(rule, folderUid));
}

export function updateRule(rule: KpiRule, folderUid: string): Promise<StoredRule> {
  return request('PUT', `${RULES_URL}/${encodeURIComponent(rule.uid)}`, provisionedRule(rule, folderUid));
}

/** Grafana's message for a failed request (its body's `message`), else the status or the error's own. */
export function failureMessage(e: unknown): string {
  const { status, data, message } = (e ?? {}) as { status?: number; data?: { message?: string }; message?: string };
  return data?.message ?? message ?? (status ? `HTTP ${status}` : String(e));
}
