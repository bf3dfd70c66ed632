import { useState } from 'react';
import { Button, Group, Paper, Text } from '@mantine/core';
import { IconMap2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AssignTerritoryModal } from './AssignTerritoryModal.tsx';

interface BulkTerritoryBarProps {
  selected: { id: string; name: string }[];
  onClear: () => void;
  onAssigned: () => void;
}

/** Shown above a list while rows are selected: "N selected · Assign territory · Clear selection". */
export function BulkTerritoryBar({ selected, onClear, onAssigned }: BulkTerritoryBarProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (selected.length === 0) return null;
  return (
    <Paper withBorder p="xs" mb="sm" bg="var(--mantine-color-indigo-light)" role="region" aria-label={t('territory.assign.selected', { count: selected.length })}>
      <Group gap="sm">
        <Text size="sm" fw={500}>{t('territory.assign.selected', { count: selected.length })}</Text>
        <Button size="xs" leftSection={<IconMap2 size={14} />} onClick={() => setOpen(true)}>{t('territory.assign.action')}</Button>
        <Button size="xs" variant="subtle" onClick={onClear}>{t('territory.assign.clear')}</Button>
      </Group>
      <AssignTerritoryModal
        customers={open ? selected : null}
        onClose={() => setOpen(false)}
        onAssigned={() => {
          setOpen(false);
          onAssigned();
        }}
      />
    </Paper>
  );
}
