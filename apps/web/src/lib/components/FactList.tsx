import type { ReactNode } from 'react';
import { DataList, Text } from '@mantine/core';

export interface Fact {
  label: string;
  value: ReactNode;
  testId?: string;
}

/** Label / value pairs of a record (a `<dl>`); empty values (null, '', false) show a dash; long ones wrap. */
export function FactList({ facts }: { facts: Fact[] }) {
  return (
    <DataList orientation="horizontal" size="sm" labelWidth={96} gap="sm">
      {facts.map((fact) => (
        <DataList.Item key={fact.label} data-testid={fact.testId}>
          <DataList.ItemLabel>
            <Text size="sm" c="dimmed">
              {fact.label}
            </Text>
          </DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {fact.value === null || fact.value === undefined || fact.value === '' || fact.value === false ? <Text size="sm" c="dimmed">—</Text> : fact.value}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
