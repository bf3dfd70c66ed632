import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerKind, CustomerTier, LifecycleStage } from '@panorama/schema';
import { STAGE_COLORS, TIER_COLORS } from '../../lib/enums.ts';

export function StageBadge({ stage }: { stage: LifecycleStage }) {
  const { t } = useTranslation();
  return (
    <Badge color={STAGE_COLORS[stage]} variant="light">
      {t(`enums.stage.${stage}`)}
    </Badge>
  );
}

export function TierBadge({ tier }: { tier: CustomerTier }) {
  const { t } = useTranslation();
  return (
    <Badge color={TIER_COLORS[tier]} variant="outline">
      {t(`enums.tier.${tier}`)}
    </Badge>
  );
}

export function KindBadge({ kind }: { kind: CustomerKind }) {
  const { t } = useTranslation();
  return (
    <Badge color="gray" variant="default">
      {t(`enums.kind.${kind}`)}
    </Badge>
  );
}

export function PoolBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="yellow" variant="light">
      {t('customer.status.inPool')}
    </Badge>
  );
}

export function DeletedBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="filled">
      {t('common.deleted')}
    </Badge>
  );
}
