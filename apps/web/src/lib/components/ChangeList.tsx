import { Group, List, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format.ts';
import { translateOrFallback } from '../i18n/dynamic.ts';

export interface Change {
  field: string;
  from: string | null;
  to: string | null;
  /** Display names the server resolves for reference fields (ownerId → the owner's name). */
  fromLabel?: string | null;
  toLabel?: string | null;
}

/** i18n prefix of the field labels of each audited entity. */
const FIELD_LABELS: Record<string, string> = {
  Customer: 'customer.fields',
  Contact: 'contact.fields',
  User: 'admin.users.fields',
  Department: 'admin.departments.fields',
  Opportunity: 'opportunity.fields',
  PipelineStage: 'pipeline.fields',
  Lead: 'lead.fields',
  Contract: 'contract.fields',
};

/** Enum-valued fields whose values have translated labels. */
const ENUM_FIELDS: Record<string, string> = {
  kind: 'enums.kind',
  lifecycleStage: 'enums.stage',
  tier: 'enums.tier',
  size: 'enums.size',
  preferredChannel: 'enums.channel',
  role: 'enums.role',
  status: 'lead.status',
  source: 'lead.source',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** "field: from → to" lines of an update, with labels and values in the UI language. */
export function ChangeList({ entity, changes }: { entity: string; changes: readonly Change[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  if (!changes.length) return null;

  const label = (field: string) => translateOrFallback(i18n, `${FIELD_LABELS[entity] ?? 'customer.fields'}.${field}`, field);
  const value = (field: string, raw: string | null, display?: string | null) => {
    if (raw === null || raw === '') return <Text span c="dimmed" size="sm">{t('common.empty')}</Text>;
    if (display) return display;
    const enumPrefix = ENUM_FIELDS[field];
    if (enumPrefix) return translateOrFallback(i18n, `${enumPrefix}.${raw}`, raw);
    if (raw === 'true' || raw === 'false') return raw === 'true' ? t('common.yes') : t('common.no');
    if (ISO_DATE.test(raw)) return format.dateTime(raw);
    return raw;
  };

  return (
    <List size="sm" spacing={2} listStyleType="none">
      {changes.map((change) => (
        <List.Item key={change.field}>
          <Group gap={6} wrap="wrap">
            <Text span size="sm" fw={500}>
              {label(change.field)}:
            </Text>
            <Text span size="sm" td="line-through" c="dimmed">
              {value(change.field, change.from, change.fromLabel)}
            </Text>
            <IconArrowRight size={12} aria-label={t('common.changedTo')} />
            <Text span size="sm">
              {value(change.field, change.to, change.toLabel)}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
