import { t } from '@grafana/i18n';
import { Button, Field, IconButton, Input, Stack } from '@grafana/ui';
import React from 'react';

import { type KpiLink } from '../../kpi/types';
import { inputText } from './kpiFormText';

/** Title + URL pairs; validation (http(s) only) shows under the field. */
export function KpiLinksField({
  links,
  onChange,
  error,
}: {
  links: KpiLink[];
  onChange: (links: KpiLink[]) => void;
  error?: string;
}) {
  const set = (i: number, patch: Partial<KpiLink>) => onChange(links.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <Field label={t('manage.kpi.links', 'Links')} invalid={Boolean(error)} error={error} noMargin>
      <Stack direction="column" gap={1}>
        {links.map((link, i) => (
          <Stack key={i} gap={1}>
            <Input
              value={inputText(link.title)}
              placeholder={t('manage.kpi.link-title', 'Title')}
              onChange={(e) => set(i, { title: e.currentTarget.value })}
              width={20}
            />
            <Input
              value={inputText(link.url)}
              placeholder={t('manage.kpi.link-url-placeholder', 'https://')}
              onChange={(e) => set(i, { url: e.currentTarget.value })}
            />
            <IconButton
              name="trash-alt"
              tooltip={t('manage.kpi.link-remove', 'Remove link')}
              onClick={() => onChange(links.filter((_, j) => j !== i))}
            />
          </Stack>
        ))}
        <div>
          <Button
            size="sm"
            variant="secondary"
            icon="plus"
            onClick={() => onChange([...links, { title: '', url: '' }])}
          >
            {t('manage.kpi.link-add', 'Add link')}
          </Button>
        </div>
      </Stack>
    </Field>
  );
}
