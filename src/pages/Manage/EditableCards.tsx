import React, { ReactNode, useState } from 'react';
import { t } from '@grafana/i18n';
import { Button, Card, ConfirmModal, Stack } from '@grafana/ui';
import { isRecord } from '../../kpi/places';

interface Props<T extends { id: string }> {
  items: T[];
  createLabel: string;
  onCreate: () => void;
  heading: (item: T) => string;
  meta: (item: T) => string[];
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  deleteTitle: string;
  /** What deleting this item does, asked before it happens. */
  deleteBody: (item: T) => ReactNode;
}

/** A catalog list the editor manages (objectives, scorecards): a card per item with Edit and a confirmed Delete. */
export function EditableCards<T extends { id: string }>(props: Props<T>) {
  const { items, createLabel, onCreate, heading, meta, onEdit, onDelete, deleteTitle, deleteBody } = props;
  const [deleting, setDeleting] = useState<T>();
  return (
    <Stack direction="column" gap={1}>
      <div>
        <Button icon="plus" onClick={onCreate}>
          {createLabel}
        </Button>
      </div>
      {items.filter(isRecord).map((item) => (
        <Card key={item.id}>
          <Card.Heading>{heading(item)}</Card.Heading>
          <Card.Meta>{meta(item)}</Card.Meta>
          <Card.Actions>
            <Button size="sm" variant="secondary" icon="pen" onClick={() => onEdit(item.id)}>
              {t('manage.edit', 'Edit')}
            </Button>
            <Button size="sm" variant="destructive" icon="trash-alt" onClick={() => setDeleting(item)}>
              {t('manage.delete', 'Delete')}
            </Button>
          </Card.Actions>
        </Card>
      ))}
      <ConfirmModal
        isOpen={deleting !== undefined}
        title={deleteTitle}
        body={deleting ? deleteBody(deleting) : null}
        confirmText={t('manage.delete', 'Delete')}
        onConfirm={() => {
          onDelete(deleting!.id);
          setDeleting(undefined);
        }}
        onDismiss={() => setDeleting(undefined)}
      />
    </Stack>
  );
}
