import { t } from '@grafana/i18n';
import { Button } from '@grafana/ui';
import React from 'react';

/**
 * Where a list entry no form can open gets fixed: the YAML tab, which lists its error at the same place.
 * `tooltip` says why there is no Edit when the list does not say it already.
 */
export function FixInYamlButton({ onClick, tooltip }: { onClick: () => void; tooltip?: string }) {
  return (
    <Button size="sm" variant="secondary" icon="brackets-curly" tooltip={tooltip} onClick={onClick}>
      {t('manage.entry.fix', 'Fix in the YAML tab')}
    </Button>
  );
}

/** What the lists say in place of an entry's name: why it has no Edit button. */
export const notEditableText = () =>
  t('manage.entry.not-editable', 'Not an object, so no form can open it: fix or remove it in the YAML tab');

/** Why an item with a missing or repeated id has no Edit: forms open and apply an item by its id. */
export const noOwnIdText = () =>
  t(
    'manage.entry.no-own-id',
    'Its id is missing or another item has it too, so no form can open it: fix the id in the YAML tab'
  );
