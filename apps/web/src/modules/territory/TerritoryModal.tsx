import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CreateTerritoryDocument, TerritoryTreeDocument, UpdateTerritoryDocument } from '@panorama/schema';
import { errorReason, isStaleVersion, toFieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { subtreeIds, type TerritoryTreeNode } from './territoryTree.ts';

export type TerritoryEdit =
  | { mode: 'create'; parent: TerritoryTreeNode | null }
  | { mode: 'rename'; territory: TerritoryTreeNode }
  | { mode: 'move'; territory: TerritoryTreeNode };

/** Add a (sub-)territory, rename one, or move one under another parent. */
export function TerritoryModal({ edit, all, onClose }: { edit: TerritoryEdit | null; all: TerritoryTreeNode[]; onClose: () => void }) {
  const { t } = useTranslation();
  const title = !edit
    ? ''
    : edit.mode === 'create'
      ? edit.parent ? t('territory.addChildTitle', { name: edit.parent.name }) : t('territory.addRootTitle')
      : edit.mode === 'rename' ? t('territory.renameTitle', { name: edit.territory.name }) : t('territory.moveTitle', { name: edit.territory.name });
  return (
    <Modal opened={Boolean(edit)} onClose={onClose} title={title}>
      {edit && <TerritoryForm edit={edit} all={all} onDone={onClose} />}
    </Modal>
  );
}

function TerritoryForm({ edit, all, onDone }: { edit: TerritoryEdit; all: TerritoryTreeNode[]; onDone: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [name, setName] = useState(edit.mode === 'rename' ? edit.territory.name : '');
  const [parentId, setParentId] = useState<string | null>(edit.mode === 'move' ? edit.territory.parentId ?? null : null);
  const [errors, setErrors] = useState<{ name?: string; parentId?: string; form?: string }>({});
  const options = { refetchQueries: [TerritoryTreeDocument], awaitRefetchQueries: true };
  const [create, createState] = useMutation(CreateTerritoryDocument, options);
  const [update, updateState] = useMutation(UpdateTerritoryDocument, options);
  const excluded = edit.mode === 'move' ? subtreeIds(edit.territory) : new Set<string>();
  const parentOptions = all.filter((n) => !excluded.has(n.id)).map((n) => ({ value: n.id, label: n.label }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (edit.mode !== 'move' && !name.trim()) return setErrors({ name: t('common.required') });
    try {
      if (edit.mode === 'create') {
        await create({ variables: { input: { name: name.trim(), parentId: edit.parent?.id } } });
      } else if (edit.mode === 'rename') {
        await update({ variables: { id: edit.territory.id, input: { version: edit.territory.version, name: name.trim() } } });
      } else {
        await update({ variables: { id: edit.territory.id, input: { version: edit.territory.version, parentId } } });
      }
      notifications.show({ color: 'teal', message: t('territory.saved') });
      onDone();
    } catch (e) {
      const fields = toFieldErrors(e);
      if (errorReason(e) === 'NAME_TAKEN') fields[edit.mode === 'move' ? 'parentId' : 'name'] = t('territory.nameTaken');
      setErrors({
        name: fields.name,
        parentId: fields.parentId,
        form: fields.name || fields.parentId ? undefined : isStaleVersion(e) ? t('errors.staleVersion') : errorMessage(e),
      });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {errors.form && <Alert color="red" variant="light" role="alert">{errors.form}</Alert>}
        {edit.mode === 'move' ? (
          <Select
            label={t('territory.fields.parent')}
            placeholder={t('territory.topLevel')}
            data={parentOptions}
            value={parentId}
            onChange={setParentId}
            error={errors.parentId}
            searchable
            clearable
            data-autofocus
          />
        ) : (
          <TextInput
            label={t('territory.fields.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
            maxLength={100}
            data-autofocus
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={createState.loading || updateState.loading}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
