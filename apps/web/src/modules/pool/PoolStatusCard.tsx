import { Group, Paper, Progress, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PoolStatusDocument } from '@panorama/schema';

/** "My claims: N / limit" for the viewer. */
export function PoolStatusCard() {
  const { t } = useTranslation();
  const { data } = useQuery(PoolStatusDocument);
  const status = data?.poolStatus;
  if (!status) return null;
  const ratio = status.claimLimit > 0 ? Math.min(100, (status.ownedCount / status.claimLimit) * 100) : 100;
  const full = status.ownedCount >= status.claimLimit;
  return (
    <Paper withBorder px="md" py="xs" miw={220}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          {t('pool.myClaimsLabel')}
        </Text>
        <Text size="sm" fw={600} c={full ? 'red' : undefined} data-testid="pool-status">
          {t('pool.myClaims', { claimed: status.ownedCount, limit: status.claimLimit })}
        </Text>
      </Group>
      <Progress value={ratio} color={full ? 'red' : 'indigo'} size="sm" mt={6} aria-hidden />
    </Paper>
  );
}
