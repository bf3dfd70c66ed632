import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, MultiSelect, Paper, Radio, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { LeadAssignmentRuleDocument, UpdateLeadAssignmentRuleDocument, type LeadAssignmentMode } from '@panorama/schema';
import { toFieldErrors, type FieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useDepartments } from '../admin/useDepartments.ts';
import { useCustomerFilterOptions } from '../customer/useCustomerFilterOptions.ts';

const MODES = ['NONE', 'ROUND_ROBIN', 'TERRITORY'] as const satisfies readonly LeadAssignmentMode[];
type Draft = { mode: LeadAssignmentMode; departmentId: string | null; reps: Record<string, string[]> };

/** Admins choose how unowned new leads are assigned: not at all, round robin in a team, or by territory. */
export function LeadAssignmentRuleCard() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { data, loading: loadingRule } = useQuery(LeadAssignmentRuleDocument);
  const departments = useDepartments();
  const options = useCustomerFilterOptions();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UpdateLeadAssignmentRuleDocument, { refetchQueries: [LeadAssignmentRuleDocument] });
  const rule = data?.leadAssignmentRule;
  const current: Draft = draft ?? {
    mode: rule?.mode ?? 'NONE',
    departmentId: rule?.departmentId ?? null,
    reps: Object.fromEntries((rule?.territoryReps ?? []).map((r) => [r.territoryId, [...r.userIds]])),
  };
  const change = (patch: Partial<Draft>) => setDraft({ ...current, ...patch });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setMessage(null);
    try {
      const territoryReps = Object.entries(current.reps).filter(([, ids]) => ids.length).map(([territoryId, userIds]) => ({ territoryId, userIds }));
      await save({ variables: { input: { mode: current.mode, departmentId: current.departmentId, territoryReps } } });
      setDraft(null);
      notifications.show({ color: 'teal', message: t('lead.rule.saved') });
    } catch (error) {
      const fields = toFieldErrors(error);
      setErrors(fields);
      setMessage(Object.keys(fields).length ? Object.entries(fields).map(([f, m]) => `${f}: ${m}`).join('; ') : errorMessage(error));
    }
  };

  return (
    <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate maw={820}>
      <Stack gap="md">
        {message && <Alert color="red" variant="light" role="alert">{message}</Alert>}
        <Radio.Group label={t('lead.rule.mode')} value={current.mode} onChange={(v) => change({ mode: v as LeadAssignmentMode })}>
          <Stack gap={6} mt={6}>
            {MODES.map((m) => <Radio key={m} value={m} label={t(`lead.rule.modes.${m}`)} disabled={loadingRule} />)}
          </Stack>
        </Radio.Group>
        {current.mode !== 'NONE' && (
          <Select
            label={t('lead.rule.department')}
            description={t('lead.rule.departmentHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            placeholder={t('lead.rule.allReps')}
            data={departments.options}
            value={current.departmentId}
            onChange={(v) => change({ departmentId: v })}
            error={errors.departmentId}
            searchable
            clearable
            maw={420}
          />
        )}
        {current.mode === 'TERRITORY' && (
          <div>
            <Text size="sm" fw={500}>{t('lead.rule.territories')}</Text>
            <Text size="xs" c="dimmed" mb={6}>{t('lead.rule.territoryHint')}</Text>
            <Table withTableBorder verticalSpacing={6}>
              <Table.Tbody>
                {options.territories.map((territory) => (
                  <Table.Tr key={territory.value}>
                    <Table.Td w={200}>{territory.label}</Table.Td>
                    <Table.Td>
                      <MultiSelect
                        aria-label={`${territory.label} · ${t('lead.rule.reps')}`}
                        placeholder={current.reps[territory.value]?.length ? undefined : t('lead.rule.modes.ROUND_ROBIN')}
                        data={options.owners}
                        value={current.reps[territory.value] ?? []}
                        onChange={(ids) => change({ reps: { ...current.reps, [territory.value]: ids } })}
                        searchable
                        clearable
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={loading} disabled={!draft}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
