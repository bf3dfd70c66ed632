import { Group, Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Volume-discount tiers as small badges ("From 100: −10%"). */
export function TierList({ tiers }: { tiers: readonly { minQuantity: string; discountPercent: string }[] }) {
  const { t } = useTranslation();
  if (!tiers.length) return <Text size="sm" c="dimmed">{t('product.prices.noTiers')}</Text>;
  return (
    <Group gap={4}>
      {tiers.map((tier) => (
        <Badge key={tier.minQuantity} variant="outline" color="grape" tt="none">
          {t('product.prices.tier', { min: tier.minQuantity, percent: Number(tier.discountPercent) })}
        </Badge>
      ))}
    </Group>
  );
}
