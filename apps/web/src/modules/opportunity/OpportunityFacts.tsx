import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OpportunityDetailFragment } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { FactList } from '../../lib/components/FactList.tsx';
import { useFormat } from '../../lib/format.ts';

/** The deal's key facts: money, dates, people. */
export function OpportunityFacts({ opportunity: o }: { opportunity: OpportunityDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="lg">
      <Title order={3} fz="md" mb="md">
        {t('opportunity.detail.facts')}
      </Title>
      <FactList
        facts={[
          { label: t('opportunity.fields.amount'), value: <Text size="sm" fw={600}>{format.money(o.amount.amount, o.amount.currency)}</Text>, testId: 'fact-amount' },
          { label: t('opportunity.fields.probability'), value: <Text size="sm">{o.probability}%</Text> },
          { label: t('opportunity.fields.weightedAmount'), value: <Text size="sm">{format.money(o.weightedAmount.amount, o.weightedAmount.currency)}</Text> },
          { label: t('opportunity.fields.expectedCloseDate'), value: <Text size="sm">{format.date(`${o.expectedCloseDate}T00:00:00`)}</Text> },
          {
            label: t('opportunity.fields.customer'),
            value: o.customer && (
              <AnchorLink to="/customers/$id" params={{ id: o.customer.id }} size="sm">
                {o.customer.name}
              </AnchorLink>
            ),
            testId: 'fact-customer',
          },
          {
            label: t('opportunity.fields.contact'),
            value: o.contact && (
              <AnchorLink to="/contacts/$id" params={{ id: o.contact.id }} size="sm">
                {o.contact.name}
              </AnchorLink>
            ),
          },
          { label: t('opportunity.fields.owner'), value: o.owner?.name },
          { label: t('opportunity.fields.lostReason'), value: o.lostReason && <Text size="sm" c="red.8">{o.lostReason}</Text> },
          { label: t('opportunity.fields.closedAt'), value: o.closedAt && <Text size="sm">{format.dateTime(o.closedAt)}</Text> },
          {
            label: t('opportunity.fields.competitors'),
            value: o.competitors.length > 0 && (
              <Group gap={4}>
                {o.competitors.map((c) => (
                  <Badge key={c} variant="dot" color="gray" size="sm" tt="none">
                    {c}
                  </Badge>
                ))}
              </Group>
            ),
          },
          { label: t('opportunity.fields.source'), value: o.source },
          { label: t('common.createdAt'), value: <Text size="sm">{format.dateTime(o.createdAt)}</Text> },
          { label: t('common.updatedAt'), value: <Text size="sm">{format.dateTime(o.updatedAt)}</Text> },
        ]}
      />
      {o.description && (
        <Text size="sm" mt="md" className="preline">
          {o.description}
        </Text>
      )}
    </Paper>
  );
}
