import { useState } from 'react';
import { ActionIcon, Badge, Button, Center, Group, Loader, Menu, Paper, Stack, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconDots, IconEye, IconPencil, IconShare, IconUser, IconUsersGroup, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RevokeShareDocument, type RecordShareItemFragment } from '@panorama/schema';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useViewer } from '../auth/useViewer.ts';
import { ShareModal } from './ShareModal.tsx';
import { SHARE_KINDS, granteeName, type ShareKind } from './shareKinds.ts';
import { useSharedWithViewer } from './useSharedWithViewer.ts';

interface SharesSectionProps {
  kind: ShareKind;
  recordId: string;
  /** The record's owner: owners, their managers and admins share it (the server decides; grantees cannot). */
  ownerId: string | null | undefined;
  deleted?: boolean;
}

export function AccessBadge({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={canEdit ? 'orange' : 'gray'} leftSection={canEdit ? <IconPencil size={11} /> : <IconEye size={11} />}>
      {t(canEdit ? 'share.access.readWrite' : 'share.access.readOnly')}
    </Badge>
  );
}

/**
 * "Shared with" on a customer's, deal's or contract's page: who else sees the record (a colleague
 * or a department, read-only or read-write, who shared it and when), with Share, change access
 * and Stop sharing for those who may.
 */
export function SharesSection({ kind, recordId, ownerId, deleted = false }: SharesSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const { can, user } = useViewer();
  const config = SHARE_KINDS[kind];
  const [sharing, { open, close }] = useDisclosure();
  const [revoking, setRevoking] = useState<RecordShareItemFragment | null>(null);
  const { data, loading, error, refetch } = useQuery(config.query, { variables: { id: recordId }, fetchPolicy: 'cache-and-network' });
  const afterChange = { refetchQueries: [{ query: config.query, variables: { id: recordId } }, ...config.alsoRefetch], awaitRefetchQueries: true };
  const [revoke, revokeState] = useMutation(RevokeShareDocument, afterChange);
  const [share] = useMutation(config.mutation, afterChange);
  const shares = data?.record.shares ?? [];

  // Owners, their managers and admins share; grantees see the section but cannot share further.
  // The page knows the owner and the viewer's permissions; the server has the final word.
  const owner = Boolean(ownerId) && ownerId === user?.id;
  const sharedWithMe = useSharedWithViewer(shares, user?.id, owner);
  const mayShare = Boolean(data) && !deleted && can(config.permission) && Boolean(ownerId) && (owner || sharedWithMe === false);
  const mayManage = (s: RecordShareItemFragment) => !deleted && (mayShare || (s.createdBy?.id === user?.id && s.user?.id !== user?.id));

  const failed = (e: unknown) =>
    notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorCode(e) === 'FORBIDDEN' ? t('share.errors.forbidden') : errorMessage(e) });

  const setAccess = async (s: RecordShareItemFragment, canEdit: boolean) => {
    try {
      await share({ variables: { input: { recordId, userId: s.user?.id ?? null, departmentId: s.department?.id ?? null, canEdit } } });
      notifications.show({ color: 'teal', message: t('share.notify.changed', { name: granteeName(s), access: t(canEdit ? 'share.access.readWrite' : 'share.access.readOnly') }) });
    } catch (e) {
      failed(e);
    }
  };

  const confirmRevoke = async () => {
    if (!revoking) return;
    try {
      await revoke({ variables: { id: revoking.id } });
      notifications.show({ color: 'teal', message: t('share.notify.revoked', { name: granteeName(revoking) }) });
      setRevoking(null);
    } catch (e) {
      failed(e);
    }
  };

  return (
    <Paper withBorder p="lg" data-testid="shares-section" aria-labelledby={`shares-title-${recordId}`}>
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Group gap="xs">
          <Title order={3} fz="md" id={`shares-title-${recordId}`}>{t('share.section.title')}</Title>
          {data && <Badge variant="light" color="gray">{shares.length}</Badge>}
        </Group>
        {mayShare && (
          <Button size="xs" variant="light" leftSection={<IconShare size={14} />} onClick={open}>
            {t('share.section.share')}
          </Button>
        )}
      </Group>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Center h={60}><Loader size="sm" /></Center>}
      {data && shares.length === 0 && <Text size="sm" c="dimmed">{t('share.section.empty')}</Text>}
      {shares.length > 0 && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {shares.map((s) => (
            <Group key={s.id} component="li" justify="space-between" wrap="nowrap" align="flex-start" gap="sm" data-testid="share-row">
              <Group gap="sm" wrap="nowrap" align="flex-start" miw={0}>
                <ThemeIcon variant="light" radius="xl" size={32} color={s.user ? 'blue' : 'grape'} aria-hidden>
                  {s.user ? <IconUser size={16} /> : <IconUsersGroup size={16} />}
                </ThemeIcon>
                <Stack gap={2} miw={0}>
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" fw={500}>{granteeName(s)}</Text>
                    <AccessBadge canEdit={s.canEdit} />
                  </Group>
                  {s.department && <Text size="xs" c="dimmed">{t('share.section.department')}</Text>}
                  <Tooltip label={format.dateTime(s.createdAt)} openDelay={300}>
                    <Text size="xs" c="dimmed" w="fit-content">
                      {t('share.section.sharedBy', { name: s.createdBy?.name ?? t('common.system'), when: format.relative(s.createdAt) })}
                    </Text>
                  </Tooltip>
                </Stack>
              </Group>
              {mayManage(s) && (
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={t('share.section.actionsFor', { name: granteeName(s) })}>
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {mayShare && (
                      <Menu.Item leftSection={s.canEdit ? <IconEye size={14} /> : <IconPencil size={14} />} onClick={() => void setAccess(s, !s.canEdit)}>
                        {t(s.canEdit ? 'share.menu.makeReadOnly' : 'share.menu.makeReadWrite')}
                      </Menu.Item>
                    )}
                    <Menu.Item color="red" leftSection={<IconX size={14} />} onClick={() => setRevoking(s)}>
                      {t('share.menu.revoke')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {mayShare && <ShareModal opened={sharing} onClose={close} kind={kind} recordId={recordId} ownerId={ownerId} shares={shares} />}
      <ConfirmDialog
        opened={Boolean(revoking)}
        title={t('share.revoke.title')}
        message={t('share.revoke.body', { name: revoking ? granteeName(revoking) : '', record: t(`share.record.${kind}`) })}
        confirmLabel={t('share.revoke.confirm')}
        danger
        loading={revokeState.loading}
        onConfirm={() => void confirmRevoke()}
        onClose={() => setRevoking(null)}
      />
    </Paper>
  );
}
