import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconDeviceDesktop, IconLogout } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { MySessionsDocument, RevokeMySessionDocument, type MySessionsQuery } from '@panorama/schema';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { ListState } from '../../lib/components/ListState.tsx';
import { useFormat } from '../../lib/format.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useSignOut } from '../auth/useSignOut.ts';
import { deviceName } from './deviceName.ts';

type Session = MySessionsQuery['mySessions'][number];

/** Where the viewer is signed in, with "Sign out" per device and "Sign out everywhere". */
export function SignedInDevices() {
  const { t } = useTranslation();
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const signOut = useSignOut();
  const { data, loading, error, refetch } = useQuery(MySessionsDocument, { fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(RevokeMySessionDocument, { refetchQueries: [MySessionsDocument] });
  const [revoking, setRevoking] = useState<string | null>(null);
  const [confirmEverywhere, setConfirmEverywhere] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const sessions = data?.mySessions ?? [];
  const label = (s: Session) => deviceName(s.userAgent) ?? t('account.sessions.unknownDevice');

  const signOutSession = async (session: Session) => {
    if (session.current) return signOut();
    setRevoking(session.id);
    try {
      await revoke({ variables: { id: session.id } });
      notifications.show({ color: 'teal', message: t('account.sessions.signedOut') });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    } finally {
      setRevoking(null);
    }
  };

  const everywhere = async () => {
    setLeaving(true);
    await signOut({ everywhere: true });
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="md">
          <div>
            <Title order={3} fz="md">{t('account.sessions.title')}</Title>
            <Text size="sm" c="dimmed">{t('account.sessions.description')}</Text>
          </div>
          <Button variant="light" color="red" leftSection={<IconLogout size={16} />} onClick={() => setConfirmEverywhere(true)} disabled={!data}>
            {t('account.sessions.signOutEverywhere')}
          </Button>
        </Group>
        <ListState error={!data && error} loading={loading && !data} empty={sessions.length === 0} emptyText={t('account.sessions.empty')} onRetry={() => void refetch()}>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" data-testid="signed-in-devices">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('account.sessions.device')}</Table.Th>
                <Table.Th>{t('account.sessions.signedInAt')}</Table.Th>
                <Table.Th>{t('account.sessions.lastSeen')}</Table.Th>
                <Table.Th>{t('account.sessions.ip')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <IconDeviceDesktop size={18} aria-hidden />
                      <Tooltip label={s.userAgent ?? t('account.sessions.unknownDevice')} multiline maw={360} withinPortal>
                        <Text size="sm" fw={500}>{label(s)}</Text>
                      </Tooltip>
                      {s.current && <Badge size="sm" variant="light" color="teal">{t('account.sessions.current')}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td><Text size="sm">{format.dateTime(s.createdAt)}</Text></Table.Td>
                  <Table.Td><Text size="sm" title={format.dateTime(s.lastSeenAt)}>{format.relative(s.lastSeenAt)}</Text></Table.Td>
                  <Table.Td><Text size="sm" ff="monospace">{s.ip ?? '—'}</Text></Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={revoking === s.id}
                      aria-label={t('account.sessions.signOutLabel', { device: label(s) })}
                      onClick={() => void signOutSession(s)}
                    >
                      {t('account.sessions.signOut')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        </ListState>
      </Stack>
      <ConfirmDialog
        opened={confirmEverywhere}
        title={t('account.sessions.everywhereTitle')}
        message={t('account.sessions.everywhereBody')}
        confirmLabel={t('account.sessions.signOutEverywhere')}
        danger
        loading={leaving}
        onConfirm={() => void everywhere()}
        onClose={() => setConfirmEverywhere(false)}
      />
    </Paper>
  );
}
