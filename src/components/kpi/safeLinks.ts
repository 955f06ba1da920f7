import { textUtil } from '@grafana/data';

import { isRecord } from '../../kpi/places';
import { type KpiLink } from '../../kpi/types';

/**
 * Only http(s) links survive, sanitised the way Grafana sanitises user links; everything else is dropped, also
 * what a definition the catalog marks invalid holds instead of a list of links.
 */
export function safeLinks(links: KpiLink[] | undefined): KpiLink[] {
  return (Array.isArray(links) ? links : []).flatMap((link) => {
    if (!isRecord(link)) {
      return [];
    }
    const url = textUtil.sanitizeUrl(String(link.url ?? '').trim());
    return /^https?:\/\//i.test(url) ? [{ title: String(link.title ?? url), url }] : [];
  });
}
