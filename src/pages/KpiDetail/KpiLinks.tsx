import { textUtil } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Stack, Text, TextLink } from '@grafana/ui';
import React from 'react';

import { type KpiLink } from '../../kpi/types';
import { isHttpUrl } from '../../kpi/validateCatalog';
import { testIds } from '../../testIds';

/** The KPI's links; only http(s) becomes a link, anything else (javascript:, data:) is shown as plain text. */
export function KpiLinks({ links }: { links?: KpiLink[] }) {
  if (!Array.isArray(links) || links.length === 0) {
    return null;
  }
  return (
    <Stack direction="column" gap={1} data-testid={testIds.kpiDetail.links}>
      <Text element="h3">{t('kpi.links.title', 'Links')}</Text>
      {links.map((link, i) => {
        const title = typeof link?.title === 'string' && link.title !== '' ? link.title : String(link?.url ?? '');
        const url = typeof link?.url === 'string' ? link.url : '';
        if (!isHttpUrl(url)) {
          return (
            <Text key={i} color="secondary">
              {`${title} (${t('kpi.links.blocked', 'not an http(s) link, not opened')})`}
            </Text>
          );
        }
        return (
          <TextLink key={i} href={textUtil.sanitizeUrl(url)} external inline={false}>
            {title}
          </TextLink>
        );
      })}
    </Stack>
  );
}
