import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Loader, Modal, SegmentedControl, Select, Stack, Switch, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RecordShareItemFragment } from '@panorama/schema';
import { errorCode, toFieldErrors, unmatchedFieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useDepartments } from '../admin/useDepartments.ts';
import { useViewer } from '../auth/useViewer.ts';
import { SHARE_KINDS, type ShareKind } from './shareKinds.ts';
import { useColleagueSearch } from './useColleagueSearch.ts';

interface ShareModalProps {
  opened: boolean;
  onClose: () => void;
  kind: ShareKind;
  recordId: string;
  /** Left out of the colleagues, with the viewer: owners already see their records. */
  ownerId: string | null | undefined;
  /** The record's current shares: picking one of them again changes its access. */
  shares: readonly RecordShareItemFragment[];
}

/** Share a record with a colleague or a department, read-only or read-write. */
export function ShareModal({ opened, onClose, kind, ...form }: ShareModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('share.dialog.title', { record: t(`share.record.${kind}`) })} centered closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      {opened && <ShareForm kind={kind} {...form} onDone={onClose} />}
    </Modal>
  );
}

type GranteeKind = 'user' | 'department';

/** A colleague with their department, a department with the departments above it. */
function OptionWithHint({ label, hint }: { label: string; hint?: string | null }) {
  return (
    <div>
      <Text size="sm">{label}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </div>
  );
}

function ShareForm({ kind, recordId, ownerId, shares, onDone }: Omit<ShareModalProps, 'opened' | 'onClose'> & { onDone: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const config = SHARE_KINDS[kind];
  const [granteeKind, setGranteeKind] = useState<GranteeKind>('user');
  const [userId, setUserId] = useState<string | null>(null);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [canEdit, setCanEdit] = useState(false);
  const [errors, setErrors] = useState<{ userId?: string; departmentId?: string; form?: string }>({});
  const { user } = useViewer();
  const colleagues = useColleagueSearch([ownerId, user?.id]);
  const departments = useDepartments();
  // the name in the box (the whole path would be cut off), the path above it in the list
  const departmentOptions = departments.flat.map((d) => ({ value: d.id, label: d.name, path: d.label.slice(0, -d.name.length).replace(/ \/ $/, '') }));
  const [share, { loading }] = useMutation(config.mutation, {
    refetchQueries: [{ query: config.query, variables: { id: recordId } }, ...config.alsoRefetch],
    awaitRefetchQueries: true,
  });

  const field = granteeKind === 'user' ? 'userId' : 'departmentId';
  const granteeId = granteeKind === 'user' ? userId : departmentId;
  const existing = granteeId ? shares.find((s) => (granteeKind === 'user' ? s.user?.id : s.department?.id) === granteeId) : undefined;
  const access = (readWrite: boolean) => t(readWrite ? 'share.access.readWrite' : 'share.access.readOnly');
  const record = t(`share.record.${kind}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!granteeId) return setErrors({ [field]: t(granteeKind === 'user' ? 'share.dialog.pickUser' : 'share.dialog.pickDepartment') });
    const name = granteeKind === 'user' ? colleagues.picked?.label : departmentOptions.find((d) => d.value === departmentId)?.label;
    try {
      await share({ variables: { input: { recordId, userId: granteeKind === 'user' ? userId : null, departmentId: granteeKind === 'department' ? departmentId : null, canEdit } } });
      notifications.show({ color: 'teal', message: t(existing ? 'share.notify.changed' : 'share.notify.shared', { name, access: access(canEdit) }) });
      onDone();
    } catch (error) {
      const fields = toFieldErrors(error);
      const others = unmatchedFieldErrors(fields, [field]);
      setErrors({
        [field]: fields[field],
        form: others.length ? others.join('; ') : fields[field] ? undefined : errorCode(error) === 'FORBIDDEN' ? t('share.errors.forbidden') : errorMessage(error),
      });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="share-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">{t('share.dialog.intro', { record })}</Text>
        {errors.form && <Alert color="red" variant="light" role="alert">{errors.form}</Alert>}
        <Stack gap={6}>
          <Text size="sm" fw={500} id="share-grantee-kind">{t('share.dialog.granteeKind')}</Text>
          <SegmentedControl
            fullWidth
            aria-labelledby="share-grantee-kind"
            value={granteeKind}
            onChange={(value) => { setGranteeKind(value as GranteeKind); setErrors({}); }}
            data={[
              { value: 'user', label: t('share.dialog.user') },
              { value: 'department', label: t('share.dialog.department') },
            ]}
          />
        </Stack>
        {granteeKind === 'user' ? (
          <Select
            label={t('share.dialog.userLabel')}
            placeholder={t('share.dialog.userPlaceholder')}
            required
            searchable
            openOnFocus={false}
            data-autofocus
            data={colleagues.options}
            value={userId}
            onChange={(value) => { setUserId(value); colleagues.pick(value); setErrors({}); }}
            searchValue={colleagues.search}
            onSearchChange={(value) => { colleagues.setSearch(value); if (errors.userId) setErrors({}); }}
            filter={({ options }) => options}
            nothingFoundMessage={colleagues.loading ? t('common.loading') : t('share.dialog.noColleague')}
            rightSection={colleagues.loading ? <Loader size={14} /> : undefined}
            renderOption={({ option }) => <OptionWithHint label={option.label} hint={colleagues.options.find((o) => o.value === option.value)?.department} />}
            error={errors.userId ?? (colleagues.error ? errorMessage(colleagues.error) : undefined)}
          />
        ) : (
          <Select
            label={t('share.dialog.departmentLabel')}
            placeholder={t('share.dialog.departmentPlaceholder')}
            description={t('share.dialog.departmentHint')}
            required
            searchable
            openOnFocus={false}
            data-autofocus
            data={departmentOptions}
            value={departmentId}
            onChange={(value) => { setDepartmentId(value); setErrors({}); }}
            renderOption={({ option }) => <OptionWithHint label={option.label} hint={departmentOptions.find((o) => o.value === option.value)?.path} />}
            nothingFoundMessage={departments.loading ? t('common.loading') : t('share.dialog.nothingFound')}
            rightSection={departments.loading ? <Loader size={14} /> : undefined}
            error={errors.departmentId ?? (departments.error ? errorMessage(departments.error) : undefined)}
          />
        )}
        <Switch
          label={t('share.dialog.canEdit')}
          description={t('share.dialog.canEditHint')}
          checked={canEdit}
          onChange={(e) => setCanEdit(e.currentTarget.checked)}
        />
        {existing && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} data-testid="share-existing">
            {t('share.dialog.existing', { name: existing.user?.name ?? existing.department?.name, access: access(existing.canEdit) })}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={loading}>{existing ? t('share.dialog.save') : t('share.dialog.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
