import { t } from '@grafana/i18n';
import { Button, Stack } from '@grafana/ui';
import React from 'react';

interface Props {
  hasErrors: boolean;
  onApply: () => void;
  onCancel: () => void;
  applyLabel?: string;
}

/**
 * Apply and Cancel under an editor form. With errors, Apply stays focusable (aria-disabled) with a tooltip
 * saying why; Grafana's Button drops the click of a disabled button.
 */
export function FormActions({ hasErrors, onApply, onCancel, applyLabel }: Props) {
  return (
    <Stack gap={1}>
      <Button
        onClick={onApply}
        disabled={hasErrors}
        tooltip={hasErrors ? t('manage.fix-first', 'Fix the errors first') : undefined}
      >
        {applyLabel ?? t('manage.apply', 'Apply to draft')}
      </Button>
      <Button variant="secondary" onClick={onCancel}>
        {t('manage.cancel', 'Cancel')}
      </Button>
    </Stack>
  );
}
