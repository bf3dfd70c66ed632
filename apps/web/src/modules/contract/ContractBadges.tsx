import { Badge, Text, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContractKind, ContractStatus } from '@panorama/schema';

/** Expiring is orange, expired red: the two a rep must act on. */
export const CONTRACT_STATUS_COLORS: Record<ContractStatus, MantineColor> = {
  DRAFT: 'gray', ACTIVE: 'teal', EXPIRING: 'orange', EXPIRED: 'red', RENEWED: 'blue', TERMINATED: 'dark',
};

export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant={status === 'EXPIRING' || status === 'EXPIRED' ? 'filled' : 'light'} color={CONTRACT_STATUS_COLORS[status]} data-testid="contract-status">
      {t(`contract.status.${status}`)}
    </Badge>
  );
}

export function ContractKindBadge({ kind }: { kind: ContractKind }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={kind === 'SERVICE' ? 'grape' : 'indigo'} fw={500}>
      {t(`contract.kind.${kind}`)}
    </Badge>
  );
}

/** "12 days left" for running contracts, coloured like the status; nothing for drafts, renewed and terminated ones. */
export function DaysLeft({ status, daysLeft }: { status: ContractStatus; daysLeft: number }) {
  const { t } = useTranslation();
  if (status !== 'ACTIVE' && status !== 'EXPIRING' && status !== 'EXPIRED') return null;
  const text = daysLeft > 0 ? t('contract.daysLeft.left', { count: daysLeft }) : daysLeft === 0 ? t('contract.daysLeft.today') : t('contract.daysLeft.overdue', { count: -daysLeft });
  return (
    <Text size="sm" c={CONTRACT_STATUS_COLORS[status] === 'teal' ? 'dimmed' : CONTRACT_STATUS_COLORS[status]} fw={status === 'ACTIVE' ? 400 : 600} style={{ whiteSpace: 'nowrap' }} data-testid="days-left">
      {text}
    </Text>
  );
}
