import { Anchor, Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerDetailFragment } from '@panorama/schema';
import { FactList } from '../../lib/components/FactList.tsx';
import { useFormat } from '../../lib/format.ts';
import { PoolBadge } from './CustomerBadges.tsx';

const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : `https://${url}`);

/** The customer's key facts: ownership, contact data, address, custom fields. */
export function CustomerFacts({ customer: c }: { customer: CustomerDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const address = [c.address.country, c.address.province, c.address.city, c.address.street, c.address.postalCode]
    .filter(Boolean)
    .join(' ');
  const custom = Object.entries(c.customFields ?? {});

  return (
    <Paper withBorder p="lg">
      <Title order={3} fz="md" mb="md">
        {t('customer.detail.facts')}
      </Title>
      <FactList
        facts={[
          { label: t('customer.fields.owner'), value: c.owner ? c.owner.name : <PoolBadge />, testId: 'fact-owner' },
          { label: t('customer.fields.pool'), value: c.inPool ? t('customer.status.inPool') : t('customer.status.owned'), testId: 'fact-pool' },
          { label: t('customer.fields.industry'), value: c.industry },
          { label: t('customer.fields.size'), value: c.size && t(`enums.size.${c.size}`) },
          { label: t('customer.fields.territory'), value: c.territory?.name },
          {
            label: t('customer.fields.tags'),
            value: c.tags.length > 0 && (
              <Group gap={4}>
                {c.tags.map((tag) => (
                  <Badge key={tag} variant="dot" color="gray" size="sm">
                    {tag}
                  </Badge>
                ))}
              </Group>
            ),
          },
          { label: t('customer.fields.phone'), value: c.phone && <Anchor href={`tel:${c.phone}`} size="sm">{c.phone}</Anchor> },
          { label: t('customer.fields.email'), value: c.email && <Anchor href={`mailto:${c.email}`} size="sm">{c.email}</Anchor> },
          {
            label: t('customer.fields.website'),
            value: c.website && (
              <Anchor href={safeUrl(c.website)} target="_blank" rel="noreferrer noopener" size="sm">
                {c.website}
              </Anchor>
            ),
          },
          { label: t('customer.fields.address'), value: address && <Text size="sm">{address}</Text> },
          { label: t('customer.fields.lastActivityAt'), value: <Text size="sm">{format.dateTime(c.lastActivityAt)}</Text> },
          { label: t('customer.fields.claimedAt'), value: c.claimedAt && <Text size="sm">{format.dateTime(c.claimedAt)}</Text> },
          { label: t('common.createdAt'), value: <Text size="sm">{format.dateTime(c.createdAt)}</Text> },
          { label: t('common.updatedAt'), value: <Text size="sm">{format.dateTime(c.updatedAt)}</Text> },
          ...custom.map(([key, value]) => ({
            label: key,
            value: <Text size="sm">{typeof value === 'string' ? value : JSON.stringify(value)}</Text>,
          })),
        ]}
      />
    </Paper>
  );
}
