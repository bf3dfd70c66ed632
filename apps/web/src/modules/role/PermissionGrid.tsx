import { useMemo, type CSSProperties } from 'react';
import { Center, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useGridLabels } from './useRoleLabel.ts';

export interface CatalogModule {
  module: string;
  actions: readonly string[];
}

interface PermissionGridProps {
  catalog: readonly CatalogModule[];
  value: readonly string[];
  onChange: (permissions: string[]) => void;
  disabled?: boolean;
}

const NOWRAP: CSSProperties = { whiteSpace: 'nowrap' };
/** The module column stays in view should the grid scroll sideways. */
const STICKY: CSSProperties = { ...NOWRAP, position: 'sticky', left: 0, zIndex: 1, background: 'var(--mantine-color-body)' };

/**
 * The module × action grid of a role: a row per module of the catalogue, a column per action
 * any module offers, a checkbox where the module has that action, and a whole-row toggle.
 * On a phone each module lists its own actions instead, so nothing scrolls sideways.
 */
export function PermissionGrid({ catalog, value, onChange, disabled }: PermissionGridProps) {
  const { t } = useTranslation();
  const labels = useGridLabels();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const actions = useMemo(() => [...new Set(catalog.flatMap((m) => m.actions))], [catalog]);
  const order = useMemo(() => catalog.flatMap((m) => m.actions.map((a) => `${m.module}:${a}`)), [catalog]);
  const selected = new Set(value);

  const toggle = (permissions: string[], on: boolean) => {
    const next = new Set(selected);
    for (const p of permissions) {
      if (on) next.add(p);
      else next.delete(p);
    }
    // catalogue order, so the saved list reads like the grid
    onChange([...next].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  };

  const rows = catalog.map(({ module, actions: offered }) => {
    const permissions = offered.map((a) => `${module}:${a}`);
    const count = permissions.filter((p) => selected.has(p)).length;
    const label = labels.module(module);
    const wholeRow = (
      <Checkbox
        variant="outline"
        label={wide ? undefined : t('role.form.wholeRow')}
        checked={count === permissions.length}
        indeterminate={count > 0 && count < permissions.length}
        onChange={(e) => toggle(permissions, e.currentTarget.checked)}
        aria-label={t('role.form.wholeRowLabel', { module: label })}
        disabled={disabled}
      />
    );
    const cell = (action: string, withLabel: boolean) => (
      <Checkbox
        label={withLabel ? labels.action(action) : undefined}
        checked={selected.has(`${module}:${action}`)}
        onChange={(e) => toggle([`${module}:${action}`], e.currentTarget.checked)}
        aria-label={t('role.form.cellLabel', { module: label, action: labels.action(action) })}
        disabled={disabled}
      />
    );
    return { module, offered, label, wholeRow, cell };
  });

  if (!wide) {
    return (
      <Stack gap={0} role="group" aria-label={t('role.form.permissions')}>
        {rows.map(({ module, offered, label, wholeRow, cell }) => (
          <Stack key={module} gap={8} py="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
            <Group justify="space-between" wrap="nowrap">
              <Text fw={600} size="sm">{label}</Text>
              {wholeRow}
            </Group>
            <Group gap="md" style={{ rowGap: 8 }}>
              {offered.map((action) => <span key={action}>{cell(action, true)}</span>)}
            </Group>
          </Stack>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={120 + 56 * (actions.length + 1)} type="native">
      <Table withColumnBorders withTableBorder highlightOnHover verticalSpacing={6} horizontalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={STICKY}>{t('role.form.module')}</Table.Th>
            <Table.Th ta="center" style={NOWRAP}>{t('role.form.wholeRow')}</Table.Th>
            {actions.map((action) => (
              <Table.Th key={action} ta="center" style={NOWRAP}>{labels.action(action)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ module, offered, label, wholeRow, cell }) => (
            <Table.Tr key={module}>
              <Table.Th scope="row" fw={500} style={STICKY}>{label}</Table.Th>
              <Table.Td><Center>{wholeRow}</Center></Table.Td>
              {actions.map((action) => (
                <Table.Td key={action}>
                  {offered.includes(action) ? <Center>{cell(action, false)}</Center> : <Text ta="center" c="dimmed" size="sm" aria-hidden>–</Text>}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
