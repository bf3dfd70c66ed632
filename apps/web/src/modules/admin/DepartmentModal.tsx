import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CreateDepartmentDocument, DepartmentsDocument, UpdateDepartmentDocument } from '@panorama/schema';
import { isStaleVersion, toFieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { subtreeIds, type DepartmentNode } from './departmentTree.ts';

export type DepartmentEdit =
  | { mode: 'create'; parent: DepartmentNode | null }
  | { mode: 'rename'; department: DepartmentNode }
  | { mode: 'move'; department: DepartmentNode };

interface DepartmentModalProps {
  edit: DepartmentEdit | null;
  all: DepartmentNode[];
  onClose: () => void;
}

/** Add a (child) department, rename one, or move one under another parent. */
export function DepartmentModal({ edit, all, onClose }: DepartmentModalProps) {
  const { t } = useTranslation();
  const title = !edit
    ? ''
    : edit.mode === 'create'
      ? edit.parent ? t('admin.departments.addChildTitle', { name: edit.parent.name }) : t('admin.departments.addRootTitle')
      : edit.mode === 'rename' ? t('admin.departments.renameTitle', { name: edit.department.name }) : t('admin.departments.moveTitle', { name: edit.department.name });
  return (
    <Modal opened={Boolean(edit)} onClose={onClose} title={title}>
      {edit && <DepartmentForm edit={edit} all={all} onDone={onClose} />}
    </Modal>
  );
}

function DepartmentForm({ edit, all, onDone }: { edit: DepartmentEdit; all: DepartmentNode[]; onDone: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [name, setName] = useState(edit.mode === 'rename' ? edit.department.name : '');
  const [parentId, setParentId] = useState<string | null>(edit.mode === 'move' ? edit.department.parentId ?? null : null);
  const [errors, setErrors] = useState<{ name?: string; parentId?: string; form?: string }>({});
  const options = { refetchQueries: [DepartmentsDocument] };
  const [create, createState] = useMutation(CreateDepartmentDocument, options);
  const [update, updateState] = useMutation(UpdateDepartmentDocument, options);
  const excluded = edit.mode === 'move' ? subtreeIds(edit.department) : new Set<string>();
  const parentOptions = all.filter((d) => !excluded.has(d.id)).map((d) => ({ value: d.id, label: d.label }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (edit.mode !== 'move' && !name.trim()) return setErrors({ name: t('common.required') });
    try {
      if (edit.mode === 'create') {
        await create({ variables: { input: { name: name.trim(), parentId: edit.parent?.id } } });
      } else if (edit.mode === 'rename') {
        await update({ variables: { id: edit.department.id, input: { version: edit.department.version, name: name.trim() } } });
      } else {
        await update({ variables: { id: edit.department.id, input: { version: edit.department.version, parentId } } });
      }
      notifications.show({ color: 'teal', message: t('admin.departments.saved') });
      onDone();
    } catch (e) {
      const fields = toFieldErrors(e);
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
            label={t('admin.departments.fields.parent')}
            placeholder={t('admin.departments.topLevel')}
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
            label={t('admin.departments.fields.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
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
