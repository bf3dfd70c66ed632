import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OpportunityStatus, StageKind } from '@panorama/schema';

export const STATUS_COLORS: Record<OpportunityStatus | StageKind, MantineColor> = { OPEN: 'blue', WON: 'teal', LOST: 'red' };

export function StatusBadge({ status }: { status: OpportunityStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} data-testid="opportunity-status">
      {t(`opportunity.status.${status}`)}
    </Badge>
  );
}

/** A stage name, coloured by its kind (open, won, lost). */
export function StageBadge({ stage }: { stage: { name: string; kind: StageKind } }) {
  return (
    <Badge variant="outline" color={STATUS_COLORS[stage.kind]} tt="none" fw={500}>
      {stage.name}
    </Badge>
  );
}
