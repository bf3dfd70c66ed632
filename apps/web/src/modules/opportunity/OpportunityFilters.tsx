import { Button, Group, MultiSelect, Paper, Select, Switch, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useQuery } from '@apollo/client/react';
import { IconCalendar, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { UserOptionsDocument, type OpportunityStatus } from '@panorama/schema';
import { useDebouncedParam } from '../../lib/useDebouncedParam.ts';
import { OPPORTUNITY_STATUSES, hasOpportunityFilters, type OpportunitySearch } from './opportunitySearch.ts';
import { useStageOptions } from './useStageOptions.ts';

interface OpportunityFiltersProps {
  search: OpportunitySearch;
  onChange: (patch: Partial<OpportunitySearch>) => void;
  /** The board shows every stage's live deals: no stage, status or deleted filters. */
  board?: boolean;
}

const CLEARED: Partial<OpportunitySearch> = {
  q: undefined, owner: undefined, customer: undefined, stages: undefined, status: undefined,
  from: undefined, to: undefined, min: undefined, deleted: undefined, department: undefined, territory: undefined,
};

export function OpportunityFilters({ search, onChange, board }: OpportunityFiltersProps) {
  const { t } = useTranslation();
  const users = useQuery(UserOptionsDocument);
  const owners = (users.data?.users.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  const stages = useStageOptions(true);
  const [text, setText] = useDebouncedParam(search.q, (q) => onChange({ q }));
  const [min, setMin] = useDebouncedParam(search.min, (value) => onChange({ min: value && /^\d+(\.\d{1,2})?$/.test(value) ? value : undefined }));

  return (
    <Paper withBorder p="md" mb="md" aria-label={board ? t('opportunity.board.filters') : undefined}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('opportunity.filters.search')}
          placeholder={t('opportunity.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={220}
          type="search"
        />
        <Select
          label={t('opportunity.fields.owner')}
          placeholder={t('common.any')}
          data={owners}
          value={search.owner ?? null}
          onChange={(value) => onChange({ owner: value ?? undefined })}
          searchable
          clearable
          w={170}
        />
        {!board && (
          <MultiSelect
            label={t('opportunity.filters.stages')}
            placeholder={search.stages?.length ? undefined : t('common.any')}
            data={stages.options}
            value={search.stages ?? []}
            onChange={(value) => onChange({ stages: value.length ? value : undefined })}
            clearable
            w={220}
          />
        )}
        {!board && (
          <Select
            label={t('opportunity.filters.status')}
            placeholder={t('common.any')}
            data={OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`opportunity.status.${s}`) }))}
            value={search.status ?? null}
            onChange={(value) => onChange({ status: (value as OpportunityStatus | null) ?? undefined })}
            clearable
            w={130}
          />
        )}
        <DatePickerInput
          type="range"
          label={t('opportunity.filters.closeRange')}
          placeholder={t('opportunity.filters.pickDates')}
          leftSection={<IconCalendar size={16} />}
          value={[search.from ?? null, search.to ?? null]}
          onChange={([from, to]) => onChange({ from: from ?? undefined, to: to ?? undefined })}
          clearable
          w={240}
        />
        <TextInput
          label={t('opportunity.filters.minAmount')}
          value={min}
          onChange={(e) => setMin(e.currentTarget.value)}
          inputMode="decimal"
          w={130}
        />
        {!board && (
          <Switch
            label={t('opportunity.filters.showDeleted')}
            checked={Boolean(search.deleted)}
            onChange={(e) => onChange({ deleted: e.currentTarget.checked || undefined })}
            mb={8}
          />
        )}
        {hasOpportunityFilters(search) && (
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconFilterOff size={16} />}
            onClick={() => {
              setText('');
              setMin('');
              onChange(CLEARED);
            }}
          >
            {t('common.clearFilters')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
