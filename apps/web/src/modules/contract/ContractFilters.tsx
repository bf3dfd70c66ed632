import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { skipToken, useQuery } from '@apollo/client/react';
import { IconCalendar, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { UserOptionsDocument } from '@panorama/schema';
import { useDebouncedParam } from '../../lib/useDebouncedParam.ts';
import { useViewer } from '../auth/useViewer.ts';
import { CONTRACT_KINDS, CONTRACT_STATUSES, hasContractFilters, type ContractSearch } from './contractSearch.ts';

const CLEARED: Partial<ContractSearch> = { q: undefined, status: undefined, kind: undefined, owner: undefined, customer: undefined, endFrom: undefined, endTo: undefined };

export function ContractFilters({ search, onChange }: { search: ContractSearch; onChange: (patch: Partial<ContractSearch>) => void }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const users = useQuery(UserOptionsDocument, can('user:read') ? {} : skipToken);
  const owners = (users.data?.users.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  const [text, setText] = useDebouncedParam(search.q, (q) => onChange({ q }));
  return (
    <Paper withBorder p="md" mb="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('contract.filters.search')}
          placeholder={t('contract.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={240}
        />
        <Select
          label={t('contract.filters.status')}
          placeholder={t('common.all')}
          data={CONTRACT_STATUSES.map((s) => ({ value: s, label: t(`contract.status.${s}`) }))}
          value={search.status ?? null}
          onChange={(value) => onChange({ status: (value as ContractSearch['status']) ?? undefined })}
          clearable
          w={150}
        />
        <Select
          label={t('contract.filters.kind')}
          placeholder={t('common.all')}
          data={CONTRACT_KINDS.map((k) => ({ value: k, label: t(`contract.kind.${k}`) }))}
          value={search.kind ?? null}
          onChange={(value) => onChange({ kind: (value as ContractSearch['kind']) ?? undefined })}
          clearable
          w={140}
        />
        {owners.length > 0 && (
          <Select label={t('contract.filters.owner')} placeholder={t('common.any')} data={owners} value={search.owner ?? null} onChange={(value) => onChange({ owner: value ?? undefined })} searchable clearable w={180} />
        )}
        <DatePickerInput label={t('contract.filters.endFrom')} leftSection={<IconCalendar size={16} />} value={search.endFrom ?? null} onChange={(value) => onChange({ endFrom: value ?? undefined })} clearable w={160} />
        <DatePickerInput label={t('contract.filters.endTo')} leftSection={<IconCalendar size={16} />} value={search.endTo ?? null} onChange={(value) => onChange({ endTo: value ?? undefined })} clearable w={160} />
        {hasContractFilters(search) && (
          <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={() => onChange(CLEARED)}>
            {t('common.clearFilters')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
