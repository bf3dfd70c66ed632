import { useState, type FormEvent } from 'react';
import { ActionIcon, Alert, Button, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CommissionPlansDocument, CreateCommissionPlanDocument, UpdateCommissionPlanDocument, type CommissionMode, type CommissionPlanItemFragment, type Role } from '@panorama/schema';
import { toFieldErrors, unmatchedFieldErrors } from '../../lib/errors.ts';
import { useFormState } from '../../lib/form/useFormState.ts';
import { useEnumOptions } from '../../lib/useEnumOptions.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { CURRENCIES } from '../opportunity/opportunityFormValues.ts';

interface Values {
  name: string;
  role: Role;
  currency: string;
  mode: CommissionMode;
  active: boolean;
  tiers: { fromAmount: string; ratePercent: string }[];
}

const fromPlan = (p?: CommissionPlanItemFragment | null): Values => ({
  name: p?.name ?? '', role: p?.role ?? 'SALES_REP', currency: p?.currency ?? 'CNY', mode: p?.mode ?? 'MARGINAL', active: p?.active ?? true,
  tiers: p?.tiers.map((tier) => ({ fromAmount: tier.fromAmount, ratePercent: tier.ratePercent })) ?? [{ fromAmount: '0', ratePercent: '' }],
});

/** Create or edit a plan: role, currency, mode, active, and its tiers as an editable table. */
export function PlanFormModal({ plan, opened, onClose }: { plan: CommissionPlanItemFragment | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={plan ? t('commission.admin.editPlan') : t('commission.admin.newPlan')} size="lg">
      {opened && <PlanForm key={plan?.id ?? 'new'} plan={plan} onDone={onClose} />}
    </Modal>
  );
}

function PlanForm({ plan, onDone }: { plan: CommissionPlanItemFragment | null; onDone: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { roles } = useEnumOptions();
  const form = useFormState<Values>(fromPlan(plan));
  const { values: v, errors, set, setErrors } = form;
  const [alert, setAlert] = useState<string | null>(null);
  const refetch = { refetchQueries: [{ query: CommissionPlansDocument }], awaitRefetchQueries: true };
  const [create, created] = useMutation(CreateCommissionPlanDocument, refetch);
  const [update, updated] = useMutation(UpdateCommissionPlanDocument, refetch);
  const setTier = (i: number, key: 'fromAmount' | 'ratePercent', value: string) =>
    set('tiers', v.tiers.map((tier, j) => (j === i ? { ...tier, [key]: value } : tier)), `tiers[${i}].${key}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const input = { name: v.name, role: v.role, currency: v.currency, mode: v.mode, active: v.active, tiers: v.tiers };
    try {
      if (plan) await update({ variables: { id: plan.id, input: { ...input, version: plan.version } } });
      else await create({ variables: { input } });
      notifications.show({ color: 'teal', message: t('commission.admin.saved') });
      onDone();
    } catch (e) {
      const fields = toFieldErrors(e);
      setErrors(fields);
      const shown = ['name', 'role', 'currency', 'mode', 'tiers', ...v.tiers.flatMap((_, i) => [`tiers[${i}].fromAmount`, `tiers[${i}].ratePercent`])];
      const rest = unmatchedFieldErrors(fields, shown);
      setAlert(Object.keys(fields).length ? (rest.length ? rest.join('; ') : null) : errorMessage(e));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {alert && <Alert color="red" role="alert">{alert}</Alert>}
        <TextInput label={t('commission.admin.name')} required withAsterisk data-autofocus {...form.text('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('commission.admin.role')} data={roles.filter((r) => r.value !== 'PARTNER')} value={v.role} onChange={(value) => value && set('role', value as Role)} allowDeselect={false} error={errors.role} />
          <Select label={t('commission.admin.currency')} description={t('commission.admin.currencyHint')} data={CURRENCIES} value={v.currency} onChange={(value) => value && set('currency', value)} allowDeselect={false} error={errors.currency} />
        </SimpleGrid>
        <div>
          <Text size="sm" fw={500} mb={4} id="plan-mode">{t('commission.admin.mode')}</Text>
          <SegmentedControl
            aria-labelledby="plan-mode"
            value={v.mode}
            onChange={(value) => set('mode', value as CommissionMode)}
            data={(['MARGINAL', 'WHOLE'] as const).map((m) => ({ value: m, label: t(`commission.modes.${m}`) }))}
            fullWidth
          />
        </div>
        <Switch label={t('commission.admin.active')} checked={v.active} onChange={(e) => set('active', e.currentTarget.checked)} />
        <div>
          <Text size="sm" fw={500}>{t('commission.admin.tiers')}</Text>
          <Text size="xs" c="dimmed" mb={4}>{t('commission.admin.tiersHint')}</Text>
          {errors.tiers && <Text size="xs" c="red">{errors.tiers}</Text>}
          <Table aria-label={t('commission.admin.tiers')} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th>{t('commission.admin.from')} ({v.currency})</Table.Th>
                <Table.Th>{t('commission.admin.ratePercent')}</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {v.tiers.map((tier, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <TextInput aria-label={`${t('commission.admin.from')} ${i + 1}`} inputMode="decimal" value={tier.fromAmount}
                      onChange={(e) => setTier(i, 'fromAmount', e.currentTarget.value)} error={errors[`tiers[${i}].fromAmount`]} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput aria-label={`${t('commission.admin.ratePercent')} ${i + 1}`} inputMode="decimal" value={tier.ratePercent} rightSection="%"
                      onChange={(e) => setTier(i, 'ratePercent', e.currentTarget.value)} error={errors[`tiers[${i}].ratePercent`]} />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('commission.admin.removeTier', { n: i + 1 })} disabled={v.tiers.length === 1}
                      onClick={() => set('tiers', v.tiers.filter((_, j) => j !== i))}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Button variant="subtle" size="xs" mt={4} leftSection={<IconPlus size={14} />} onClick={() => set('tiers', [...v.tiers, { fromAmount: '', ratePercent: '' }])}>
            {t('commission.admin.addTier')}
          </Button>
        </div>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={created.loading || updated.loading}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
