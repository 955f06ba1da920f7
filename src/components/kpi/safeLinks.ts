import { textUtil } from '@grafana/data';
import { KpiLink } from '../../kpi/types';

/** Only http(s) links survive, sanitised the way Grafana sanitises user links; everything else is dropped. */
export function safeLinks(links: KpiLink[] | undefined): KpiLink[] {
  return (links ?? []).flatMap((link) => {
    const url = textUtil.sanitizeUrl(String(link.url ?? '').trim());
    return /^https?:\/\//i.test(url) ? [{ title: String(link.title ?? url), url }] : [];
  });
}
