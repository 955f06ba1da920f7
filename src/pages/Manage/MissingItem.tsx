import { t } from '@grafana/i18n';
import { Alert, Button, LinkButton, Stack } from '@grafana/ui';
import React from 'react';

interface Props {
  /** What is missing, with its id: `No objective "speed" in the draft`. */
  title: string;
  /** Back to the list in the same page (objectives, scorecards)... */
  onBack?: () => void;
  /** ...or, for a form that is a page of its own (a KPI's), a link to the list. */
  backHref?: string;
  createLabel: string;
  onCreate: () => void;
}

/**
 * Where a form would open for an id the draft does not have (a stale link, or the item was deleted or renamed
 * in the YAML tab or an import since): said as such, instead of an empty form locked to that id.
 */
export function MissingItem({ title, onBack, backHref, createLabel, onCreate }: Props) {
  const back = t('manage.back', 'Back to the list');
  return (
    <Alert severity="warning" title={title}>
      <Stack direction="column" gap={2}>
        <div>
          {t(
            'manage.missing.detail',
            'It may have been deleted or renamed since, or the link is out of date. The draft is unchanged.'
          )}
        </div>
        <Stack gap={1}>
          {backHref ? (
            <LinkButton variant="secondary" icon="arrow-left" href={backHref}>
              {back}
            </LinkButton>
          ) : (
            <Button variant="secondary" icon="arrow-left" onClick={onBack}>
              {back}
            </Button>
          )}
          <Button icon="plus" onClick={onCreate}>
            {createLabel}
          </Button>
        </Stack>
      </Stack>
    </Alert>
  );
}
