import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CommissionPlansDocument, DeleteCommissionPlanDocument, UpdateCommissionPlanDocument, type CommissionPlanItemFragment } from '@panorama/schema';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { PeriodsPanel } from './PeriodsPanel.tsx';
import { PlanFormModal } from './PlanFormModal.tsx';

/** /admin/commissions: the plans (one active per role) and the monthly close. */
export function CommissionAdminPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const query = useQuery(CommissionPlansDocument, { fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: [{ query: CommissionPlansDocument }], awaitRefetchQueries: true };
  const [update] = useMutation(UpdateCommissionPlanDocument, refetch);
  const [remove, removing] = useMutation(DeleteCommissionPlanDocument, refetch);
  const [editing, setEditing] = useState<CommissionPlanItemFragment | null | 'new'>(null);
  const [deleting, setDeleting] = useState<CommissionPlanItemFragment | null>(null);
  const plans = query.data?.commissionPlans ?? [];

  const toggle = async (p: CommissionPlanItemFragment, active: boolean) => {
    try {
      await update({ variables: { id: p.id, input: { version: p.version, active } } });
      notifications.show({ color: 'teal', message: t('commission.admin.saved') });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };
  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove({ variables: { id: deleting.id } });
      notifications.show({ color: 'teal', message: t('commission.admin.deleted') });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    } finally {
      setDeleting(null);
    }
  };

  return (
    <>
      <PageHeader
        title={t('commission.admin.title')}
        description={t('commission.admin.description')}
        actions={<Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>{t('commission.admin.newPlan')}</Button>}
      />
      <Stack gap="md">
        <Paper withBorder p="md" radius="md" component="section" aria-label={t('commission.admin.plans')}>
          <Title order={3} fz="md" mb="sm">{t('commission.admin.plans')}</Title>
          {query.error && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
          <Table.ScrollContainer minWidth={760}>
            <Table striped aria-label={t('commission.admin.plans')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('commission.admin.name')}</Table.Th>
                  <Table.Th>{t('commission.admin.role')}</Table.Th>
                  <Table.Th>{t('commission.admin.currency')}</Table.Th>
                  <Table.Th>{t('commission.admin.mode')}</Table.Th>
                  <Table.Th>{t('commission.admin.tiers')}</Table.Th>
                  <Table.Th>{t('commission.admin.active')}</Table.Th>
                  <Table.Th>{t('commission.admin.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data && plans.length === 0 && (
                  <Table.Tr><Table.Td colSpan={7}><Text c="dimmed" size="sm">{t('commission.admin.noPlans')}</Text></Table.Td></Table.Tr>
                )}
                {plans.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td fw={500}>{p.name}</Table.Td>
                    <Table.Td>{t(`enums.role.${p.role}`)}</Table.Td>
                    <Table.Td>{p.currency}</Table.Td>
                    <Table.Td><Badge variant="light" color={p.mode === 'MARGINAL' ? 'blue' : 'violet'}>{t(`commission.modeShort.${p.mode}`)}</Badge></Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {p.tiers.map((tier) => <Badge key={tier.fromAmount} variant="outline" color="gray" tt="none">≥ {Number(tier.fromAmount).toLocaleString()}: {Number(tier.ratePercent)}%</Badge>)}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Switch checked={p.active} onChange={(e) => void toggle(p, e.currentTarget.checked)} aria-label={`${t('commission.admin.active')}: ${p.name}`} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon variant="subtle" aria-label={`${t('common.edit')} ${p.name}`} onClick={() => setEditing(p)}><IconPencil size={16} /></ActionIcon>
                        <ActionIcon variant="subtle" color="red" aria-label={`${t('common.delete')} ${p.name}`} onClick={() => setDeleting(p)}><IconTrash size={16} /></ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
        <PeriodsPanel />
      </Stack>
      <PlanFormModal plan={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('commission.admin.deleteTitle')}
        message={t('commission.admin.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        loading={removing.loading}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
