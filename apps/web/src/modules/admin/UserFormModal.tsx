import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, NumberInput, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CreateUserDocument, UpdateUserDocument, type AdminUserFragment, type Role } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { isStaleVersion, toFieldErrors } from '../../lib/errors.ts';
import { useFormState } from '../../lib/form/useFormState.ts';
import { LOCALES } from '../../lib/i18n/index.ts';
import { useEnumOptions } from '../../lib/useEnumOptions.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useViewer } from '../auth/useViewer.ts';
import { KIND_DEFAULT_ROLE, useRoleOptions } from '../role/useRoleOptions.ts';
import { useDepartments } from './useDepartments.ts';

interface Values {
  email: string;
  name: string;
  password: string;
  role: Role;
  /** A role of their own; null: the built-in role of `role`. */
  accessRoleId: string | null;
  departmentId: string | null;
  locale: string;
  claimLimit: number | string;
}

const fromUser = (u?: AdminUserFragment | null): Values => ({
  email: u?.email ?? '', name: u?.name ?? '', password: '', role: u?.role ?? 'SALES_REP',
  // the built-in role of their own kind is the default, shown as such
  accessRoleId: u?.accessRole && u.accessRole.key !== u.role ? u.accessRole.id : null,
  departmentId: u?.department?.id ?? null, locale: u?.locale ?? 'zh-CN', claimLimit: u?.claimLimit ?? '',
});

/** Create a user (with an initial password) or edit role, department, claim limit and language. */
export function UserFormModal({ user, opened, onClose }: { user?: AdminUserFragment | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={user ? t('admin.users.editTitle', { name: user.name }) : t('admin.users.new')} size="lg">
      {opened && <UserForm key={user?.id ?? 'new'} user={user} onDone={onClose} />}
    </Modal>
  );
}

function UserForm({ user, onDone }: { user?: AdminUserFragment | null; onDone: () => void }) {
  const { t } = useTranslation();
  const enums = useEnumOptions();
  const departments = useDepartments();
  const roles = useRoleOptions();
  const { user: viewer } = useViewer();
  const editingSelf = Boolean(user && viewer?.id === user.id);
  const errorMessage = useErrorMessage();
  const [initial] = useState(() => fromUser(user));
  const form = useFormState(initial);
  const { values, errors, set } = form;
  const [formError, setFormError] = useState<string | null>(null);
  const [create, createState] = useMutation(CreateUserDocument);
  const [update, updateState] = useMutation(UpdateUserDocument);

  const setKind = (role: Role) => {
    // a role of the other kind (staff / partner) does not fit: back to the kind's built-in role
    set('role', role);
    const chosen = roles.roles.find((r) => r.id === values.accessRoleId);
    if (chosen && chosen.forPartners !== (role === 'PARTNER')) set('accessRoleId', null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const claimLimit = values.claimLimit === '' ? null : Number(values.claimLimit);
    // only a changed role is sent: an unchanged one is no change of one's own role
    const accessRoleId = values.accessRoleId !== initial.accessRoleId ? { accessRoleId: values.accessRoleId } : {};
    try {
      if (user) {
        await update({
          variables: {
            id: user.id,
            input: {
              version: user.version, name: values.name.trim(), role: values.role, ...accessRoleId, departmentId: values.departmentId, claimLimit, locale: values.locale,
            },
          },
          update: (cache) => evictRootFields(cache, ['roles']),
        });
      } else {
        await create({
          variables: {
            input: {
              email: values.email.trim(), name: values.name.trim(), password: values.password, role: values.role, ...accessRoleId,
              departmentId: values.departmentId ?? undefined, locale: values.locale, claimLimit: claimLimit ?? undefined,
            },
          },
          update: (cache) => evictRootFields(cache, ['users', 'departments', 'roles']),
        });
      }
      notifications.show({ color: 'teal', message: user ? t('admin.users.notify.updated') : t('admin.users.notify.created') });
      onDone();
    } catch (error) {
      const fields = toFieldErrors(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      setFormError(isStaleVersion(error) ? t('errors.staleVersion') : Object.keys(fields).length ? t('errors.formHasErrors') : errorMessage(error));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {formError && <Alert color="red" variant="light" role="alert">{formError}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('admin.users.fields.name')} required withAsterisk data-autofocus {...form.text('name')} />
          <TextInput label={t('admin.users.fields.email')} type="email" required withAsterisk disabled={Boolean(user)} {...form.text('email')} />
          {!user && (
            <PasswordInput
              label={t('admin.users.fields.password')}
              description={t('admin.users.passwordHint')}
              required
              withAsterisk
              autoComplete="new-password"
              {...form.text('password')}
            />
          )}
          <Select
            label={t('admin.users.fields.role')}
            description={t('role.userForm.kindHint')}
            data={enums.roles}
            value={values.role}
            onChange={(v) => v && setKind(v as Role)}
            error={errors.role}
            allowDeselect={false}
          />
          <Select
            label={t('role.userForm.accessRole')}
            description={editingSelf ? t('role.userForm.ownRole') : t('role.userForm.hint')}
            data={roles.optionsFor(values.role, values.accessRoleId)}
            value={values.accessRoleId ?? KIND_DEFAULT_ROLE}
            onChange={(v) => set('accessRoleId', !v || v === KIND_DEFAULT_ROLE ? null : v)}
            error={errors.accessRoleId ?? (roles.error ? t('common.loadFailed') : undefined)}
            disabled={editingSelf}
            allowDeselect={false}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
          />
          <Select
            label={t('admin.users.fields.department')}
            data={departments.options}
            value={values.departmentId}
            onChange={(v) => set('departmentId', v)}
            error={errors.departmentId}
            searchable
            clearable
          />
          <Select
            label={t('admin.users.fields.locale')}
            data={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
            value={values.locale}
            onChange={(v) => v && set('locale', v)}
            error={errors.locale}
            allowDeselect={false}
          />
          <NumberInput
            label={t('admin.users.fields.claimLimit')}
            description={t('admin.users.claimLimitHint')}
            min={0}
            allowDecimal={false}
            value={values.claimLimit}
            onChange={(v) => set('claimLimit', v)}
            error={errors.claimLimit}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={createState.loading || updateState.loading}>
            {user ? t('common.save') : t('admin.users.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
