import type { ReactNode } from 'react';
import { Alert, Badge, Button, Group, List, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import type { useLeadDuplicates } from './useLeadDuplicates.ts';

type Found = ReturnType<typeof useLeadDuplicates>;

interface Props {
  found: Found;
  /** The server refused to create (same email): offer to create anyway. */
  conflict?: boolean;
  onCreateAnyway?: () => void;
  creating?: boolean;
}

/** Look-alike customers, contacts and leads, each opening in a new tab so the form stays. */
export function LeadDuplicateList({ found, conflict, onCreateAnyway, creating }: Props) {
  const { t } = useTranslation();
  const total = found.customers.length + found.contacts.length + found.leads.length;
  if (!total) return null;
  const label = (f: string) => t('lead.duplicates.matchedOn', { field: t(`lead.fields.${f as 'name' | 'company' | 'phone' | 'email'}`) });
  const badges = (matchedOn: string[]) =>
    matchedOn.map((m) => (
      <Badge key={m} size="xs" variant="outline" color="gray">
        {label(m)}
      </Badge>
    ));
  const section = (title: string, items: ReactNode[]) =>
    items.length > 0 && (
      <div>
        <Text size="xs" fw={600} c="dimmed" mt={6}>
          {title}
        </Text>
        <List size="sm" spacing={2}>
          {items}
        </List>
      </div>
    );
  return (
    <Alert
      color={conflict ? 'orange' : 'yellow'}
      variant="light"
      icon={<IconCopy size={18} />}
      title={conflict ? t('lead.duplicates.conflictTitle') : t('lead.duplicates.title')}
      role={conflict ? 'alert' : 'status'}
      data-testid={conflict ? 'duplicate-conflict' : 'duplicate-warning'}
    >
      <Text size="sm">{conflict ? t('lead.duplicates.conflictBody') : t('lead.duplicates.hint')}</Text>
      {section(t('lead.duplicates.customers'), found.customers.map((c) => (
        <List.Item key={c.id}>
          <Group gap={6}>
            <AnchorLink to="/customers/$id" params={{ id: c.id }} target="_blank" size="sm" fw={500}>{c.name}</AnchorLink>
            {badges(c.matchedOn.map((m) => (m === 'name' ? 'company' : m)))}
          </Group>
        </List.Item>
      )))}
      {section(t('lead.duplicates.contacts'), found.contacts.map((c) => (
        <List.Item key={c.id}>
          <Group gap={6}>
            <AnchorLink to="/contacts/$id" params={{ id: c.id }} target="_blank" size="sm" fw={500}>{c.name}</AnchorLink>
            <Text size="xs" c="dimmed">{t('lead.duplicates.atCustomer', { customer: c.customerName })}</Text>
            {badges(c.matchedOn)}
          </Group>
        </List.Item>
      )))}
      {section(t('lead.duplicates.leads'), found.leads.map((l) => (
        <List.Item key={l.id}>
          <Group gap={6}>
            <AnchorLink to="/leads/$id" params={{ id: l.id }} target="_blank" size="sm" fw={500}>{l.name}</AnchorLink>
            {l.company && <Text size="xs" c="dimmed">{l.company}</Text>}
            <Badge size="xs" variant="light">{t(`lead.status.${l.status}`)}</Badge>
            {badges(l.matchedOn)}
          </Group>
        </List.Item>
      )))}
      {conflict && onCreateAnyway && (
        <Button mt="sm" size="xs" color="orange" onClick={onCreateAnyway} loading={creating}>
          {t('lead.duplicates.createAnyway')}
        </Button>
      )}
    </Alert>
  );
}
