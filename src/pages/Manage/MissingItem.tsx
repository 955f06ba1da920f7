import { t } from '@grafana/i18n';
import { Alert, Button, Stack } from '@grafana/ui';
import React from 'react';

interface Props {
  /** What is missing, with its id: `No objective "speed" in the draft`. */
  title: string;
  onBack: () => void;
  createLabel: string;
  onCreate: () => void;
}

/**
 * Where a form would open for an id the draft does not have (a stale link, or the item was deleted or renamed
 * in the YAML tab or an import since): said as such, instead of an empty form locked to that id.
 */
export function MissingItem({ title, onBack, createLabel, onCreate }: Props) {
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
          <Button variant="secondary" icon="arrow-left" onClick={onBack}>
            {t('manage.back', 'Back to the list')}
          </Button>
          <Button icon="plus" onClick={onCreate}>
            {createLabel}
          </Button>
        </Stack>
      </Stack>
    </Alert>
  );
}
