import { Alert, Badge, Button, Group, List, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import type { DuplicateMatch } from '../../lib/errors.ts';

const MATCH_KEYS = { name: 'customer.fields.name', phone: 'customer.fields.phone', email: 'customer.fields.email' } as const;

interface DuplicateListProps {
  duplicates: readonly DuplicateMatch[];
  /** `warning` while typing; `conflict` when the server refused to create. */
  variant: 'warning' | 'conflict';
  onCreateAnyway?: () => void;
  creating?: boolean;
}

/** Possible duplicates, each linking to the existing customer (in a new tab, so the form stays). */
export function DuplicateList({ duplicates, variant, onCreateAnyway, creating }: DuplicateListProps) {
  const { t } = useTranslation();
  if (!duplicates.length) return null;
  const conflict = variant === 'conflict';
  return (
    <Alert
      color={conflict ? 'orange' : 'yellow'}
      variant="light"
      icon={<IconCopy size={18} />}
      title={conflict ? t('customer.duplicates.conflictTitle') : t('customer.duplicates.title')}
      role={conflict ? 'alert' : 'status'}
      data-testid={conflict ? 'duplicate-conflict' : 'duplicate-warning'}
    >
      <Text size="sm" mb="xs">
        {conflict ? t('customer.duplicates.conflictBody') : t('customer.duplicates.hint')}
      </Text>
      <List size="sm" spacing={4}>
        {duplicates.map((d) => (
          <List.Item key={d.id}>
            <Group gap={6} wrap="wrap">
              <AnchorLink to="/customers/$id" params={{ id: d.id }} target="_blank" size="sm" fw={500}>
                {d.name}
              </AnchorLink>
              {d.matchedOn.map((m) => (
                <Badge key={m} size="xs" variant="outline" color="gray">
                  {t('customer.duplicates.matchedOn', { field: m in MATCH_KEYS ? t(MATCH_KEYS[m as keyof typeof MATCH_KEYS]) : m })}
                </Badge>
              ))}
            </Group>
          </List.Item>
        ))}
      </List>
      {conflict && onCreateAnyway && (
        <Button mt="sm" size="xs" color="orange" onClick={onCreateAnyway} loading={creating}>
          {t('customer.duplicates.createAnyway')}
        </Button>
      )}
    </Alert>
  );
}
