import { useState, type FormEvent } from 'react';
import { Alert, Button, Fieldset, Group, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconLock, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CreateRoleDocument, UpdateRoleDocument, type RoleItemFragment } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { errorCode, errorReason, isStaleVersion, toFieldErrors, unmatchedFieldErrors } from '../../lib/errors.ts';
import { useFormState } from '../../lib/form/useFormState.ts';
import { useRevealOnChange } from '../../lib/useRevealOnChange.ts';
import { PermissionGrid, type CatalogModule } from './PermissionGrid.tsx';
import { VisibilityFields } from './VisibilityFields.tsx';
import { VISIBILITY_MODULES, levelsFor, placeFieldErrors, toCreateInput, toUpdateInput, type RoleFormValues } from './roleFormValues.ts';
import { useRoleErrorMessage } from './useRoleErrorMessage.ts';
import { useRoleDescription, useRoleLabel } from './useRoleLabel.ts';

const SHOWN_FIELDS = ['name', 'description', 'forPartners', 'permissions', ...VISIBILITY_MODULES.map((m) => `visibility.${m}`)];

interface RoleFormProps {
  initial: RoleFormValues;
  catalog: readonly CatalogModule[];
  /** The role being edited; none creates one. */
  existing?: RoleItemFragment;
  onSaved: () => void;
  onCancel: () => void;
  onReload?: () => Promise<unknown>;
  onDelete?: () => void;
}

/**
 * Create or edit a role: name and kind, the permission grid and a visibility level per module.
 * Built-in roles keep their (translated) name; the Administrator role is shown read-only.
 */
export function RoleForm({ initial, catalog, existing, onSaved, onCancel, onReload, onDelete }: RoleFormProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const roleDescription = useRoleDescription();
  const roleErrorMessage = useRoleErrorMessage();
  const form = useFormState(initial);
  const { values, errors, set } = form;
  const [create, createState] = useMutation(CreateRoleDocument);
  const [update, updateState] = useMutation(UpdateRoleDocument);
  const [stale, setStale] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const alertsRef = useRevealOnChange<HTMLDivElement>(stale || formError);
  const readOnly = existing?.key === 'ADMIN';
  /** Built-in roles are named by key in the UI language; that name cannot change. */
  const builtInName = existing?.key ? roleLabel(existing) : null;
  const builtIn = builtInName !== null;
  const otherErrors = unmatchedFieldErrors(errors, SHOWN_FIELDS);

  const setKind = (forPartners: boolean) => {
    const allowed = levelsFor(forPartners);
    // levels of the other kind do not apply: those modules go back to the default
    const visibility = Object.fromEntries(Object.entries(values.visibility).filter(([, level]) => allowed.includes(level)));
    form.setValues((v) => ({ ...v, forPartners, visibility }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (readOnly) return;
    setFormError(null);
    if (!builtIn && !values.name.trim()) {
      form.setErrors({ name: t('common.required') });
      return setFormError(t('errors.formHasErrors'));
    }
    try {
      if (existing) {
        await update({ variables: { id: existing.id, input: toUpdateInput(values, existing) } });
      } else {
        await create({ variables: { input: toCreateInput(values) }, update: (cache) => evictRootFields(cache, ['roles']) });
      }
      notifications.show({ color: 'teal', message: existing ? t('role.notify.updated') : t('role.notify.created') });
      onSaved();
    } catch (error) {
      if (isStaleVersion(error)) return setStale(true);
      if (errorCode(error) === 'CONFLICT' && errorReason(error) === 'NAME_TAKEN') {
        form.setErrors({ name: t('role.errors.nameTaken') });
        return setFormError(t('errors.formHasErrors'));
      }
      const fields = placeFieldErrors(toFieldErrors(error), values);
      if (Object.keys(fields).length) {
        form.setErrors(fields);
        return setFormError(t('errors.formHasErrors'));
      }
      setFormError(roleErrorMessage(error));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md" ref={alertsRef} style={{ scrollMarginTop: 72 }}>
        {readOnly && (
          <Alert color="blue" variant="light" icon={<IconLock size={18} />} title={t('role.adminLocked.title')} data-testid="admin-role-locked">
            {t('role.adminLocked.body')}
          </Alert>
        )}
        {stale && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t('role.stale.title')} role="alert" data-testid="stale-alert">
            <Group justify="space-between" gap="md">
              <span>{t('role.stale.body')}</span>
              <Button size="xs" color="red" variant="white" leftSection={<IconRefresh size={14} />} onClick={() => void onReload?.().then(() => setStale(false))}>
                {t('common.reload')}
              </Button>
            </Group>
          </Alert>
        )}
        {formError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" data-testid="form-error">
            {formError}
            {otherErrors.map((message) => <div key={message}>{message}</div>)}
          </Alert>
        )}
        <Paper withBorder p={{ base: 'sm', sm: 'lg' }}>
          <Fieldset legend={t('role.form.basics')} mb="md" p={{ base: 'sm', sm: 'lg' }} disabled={readOnly}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {builtInName !== null ? (
                <TextInput label={t('role.fields.name')} value={builtInName} description={t('role.form.builtInName')} readOnly disabled />
              ) : (
                <TextInput label={t('role.fields.name')} required withAsterisk data-autofocus maxLength={100} {...form.text('name')} />
              )}
              <Radio.Group
                label={t('role.fields.kind')}
                description={t('role.form.kindHint')}
                value={values.forPartners ? 'partner' : 'staff'}
                onChange={(v) => setKind(v === 'partner')}
                error={errors.forPartners}
              >
                <Group gap="lg" mt={6}>
                  <Radio value="staff" label={t('role.kinds.staff')} disabled={Boolean(existing)} />
                  <Radio value="partner" label={t('role.kinds.partner')} disabled={Boolean(existing)} />
                </Group>
              </Radio.Group>
            </SimpleGrid>
            <Textarea
              label={t('role.fields.description')}
              mt="md"
              autosize
              minRows={2}
              maxRows={5}
              maxLength={500}
              placeholder={existing?.key ? roleDescription({ key: existing.key }) : undefined}
              {...form.text('description')}
            />
          </Fieldset>
          <Fieldset legend={t('role.form.permissions')} mb="md" p={{ base: 'sm', sm: 'lg' }}>
            <Group justify="space-between" gap="xs" mb="sm">
              <Text size="sm" c="dimmed">{t('role.form.permissionsHint')}</Text>
              <Text size="sm" c="dimmed" aria-live="polite">{t('role.form.selected', { count: values.permissions.length })}</Text>
            </Group>
            {errors.permissions && <Text size="sm" c="red" mb="xs" role="alert">{errors.permissions}</Text>}
            <PermissionGrid catalog={catalog} value={values.permissions} onChange={(p) => set('permissions', p)} disabled={readOnly} />
          </Fieldset>
          <Fieldset legend={t('role.form.visibility')} p={{ base: 'sm', sm: 'lg' }}>
            <Text size="sm" c="dimmed" mb="sm">{t('role.form.visibilityHint')}</Text>
            <VisibilityFields
              forPartners={values.forPartners}
              value={values.visibility}
              onChange={(module, level) => {
                const visibility = { ...values.visibility };
                if (level) visibility[module] = level;
                else delete visibility[module];
                set('visibility', visibility, `visibility.${module}`);
              }}
              errors={errors}
              disabled={readOnly}
            />
          </Fieldset>
          <Group justify="space-between" gap="sm" mt="lg">
            <div>
              {onDelete && !builtIn && (
                <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
                  {t('common.delete')}
                </Button>
              )}
            </div>
            <Group gap="sm">
              {readOnly ? (
                <Button variant="default" onClick={onCancel}>{t('role.backToList')}</Button>
              ) : (
                <>
                  <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
                  <Button type="submit" loading={createState.loading || updateState.loading}>
                    {existing ? t('common.save') : t('role.create')}
                  </Button>
                </>
              )}
            </Group>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}
