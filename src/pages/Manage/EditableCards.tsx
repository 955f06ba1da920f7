import { t } from '@grafana/i18n';
import { Button, Card, ConfirmModal, Stack, Text } from '@grafana/ui';
import React, { useState, type ReactNode } from 'react';

import { ownId } from '../../catalog/catalogEdits';
import { type NotObjectEntry } from '../../catalog/notObjectEntries';
import { entryLabel, isRecord } from '../../kpi/places';
import { FixInYamlButton, noOwnIdText, notEditableText } from './FixInYamlButton';

interface Props<T extends { id: string }> {
  /** Opens the YAML tab, where what no form can open is fixed. */
  onFixInYaml: () => void;
  /** Which catalog list `items` is: cards are keyed by place (`objectives[2]`), as ids may be missing or repeated. */
  list: 'objectives' | 'scorecards';
  items: T[];
  /** Those of `items` that are not objects (notObjectEntries): each gets a card that says where to fix it. */
  entries: NotObjectEntry[];
  createLabel: string;
  onCreate: () => void;
  meta: (item: T, index: number) => ReactNode[];
  onEdit: (id: string) => void;
  /** Deletes the item at this place in the list. */
  onDelete: (index: number) => void;
  deleteTitle: string;
  /** What deleting this item does, asked before it happens; `name` is its title, or its id or place (entryLabel). */
  deleteBody: (name: string) => ReactNode;
}

/**
 * A catalog list the editor manages (objectives, scorecards): a card per item with Edit and a confirmed Delete.
 * An item whose id is missing or repeated gets the YAML tab instead of Edit: the form would open another item.
 * A card is headed by the item's title, or by its id or place where the title is not text (entryLabel).
 */
export function EditableCards<T extends { id: string }>(props: Props<T>) {
  const { onFixInYaml, list, items, entries, createLabel, onCreate, meta, onEdit, onDelete, deleteTitle, deleteBody } =
    props;
  const [deleting, setDeleting] = useState<{ item: T; index: number }>();
  return (
    <Stack direction="column" gap={1}>
      <div>
        <Button icon="plus" onClick={onCreate}>
          {createLabel}
        </Button>
      </div>
      {items.map((item, index) => {
        if (!isRecord(item)) {
          const entry = entries.find((e) => e.index === index);
          return entry && <EntryCard key={entry.place} entry={entry} onFixInYaml={onFixInYaml} />;
        }
        const editId = ownId(items, index);
        return (
          <Card key={`${list}[${index}]`}>
            <Card.Heading>{entryLabel(item, index, list).name}</Card.Heading>
            <Card.Meta>{meta(item, index)}</Card.Meta>
            <Card.Actions>
              {editId === undefined ? (
                <FixInYamlButton onClick={onFixInYaml} tooltip={noOwnIdText()} />
              ) : (
                <Button size="sm" variant="secondary" icon="pen" onClick={() => onEdit(editId)}>
                  {t('manage.edit', 'Edit')}
                </Button>
              )}
              <Button size="sm" variant="destructive" icon="trash-alt" onClick={() => setDeleting({ item, index })}>
                {t('manage.delete', 'Delete')}
              </Button>
            </Card.Actions>
          </Card>
        );
      })}
      <ConfirmModal
        isOpen={deleting !== undefined}
        title={deleteTitle}
        body={deleting ? deleteBody(entryLabel(deleting.item, deleting.index, list).name) : null}
        confirmText={t('manage.delete', 'Delete')}
        onConfirm={() => {
          onDelete(deleting!.index);
          setDeleting(undefined);
        }}
        onDismiss={() => setDeleting(undefined)}
      />
    </Stack>
  );
}

/** An entry no form can open, at its place in the list: where it is, what is wrong, and where to fix it. */
function EntryCard({ entry, onFixInYaml }: { entry: NotObjectEntry; onFixInYaml: () => void }) {
  return (
    <Card>
      <Card.Heading>
        <code>{entry.place}</code>
      </Card.Heading>
      <Card.Description>
        <Stack direction="column" gap={0}>
          {entry.problems.map((problem, i) => (
            <Text key={i} color="error">
              {problem}
            </Text>
          ))}
          <Text color="secondary" italic>
            {notEditableText()}
          </Text>
        </Stack>
      </Card.Description>
      <Card.Actions>
        <FixInYamlButton onClick={onFixInYaml} />
      </Card.Actions>
    </Card>
  );
}
