import { useState } from 'react';
import { Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { WebhookDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { FactList } from '../../lib/components/FactList.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useFormat } from '../../lib/format.ts';
import { EventTypeList } from './EventTypeList.tsx';
import { WebhookDeliveries } from './WebhookDeliveries.tsx';
import { WebhookStatusBadge } from './WebhookStatusBadge.tsx';
import { useWebhookActions } from './useWebhookActions.tsx';

function BackToWebhooks() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/admin/webhooks" size="sm" c="dimmed" w="fit-content">
      <BackLabel>{t('webhook.detail.back')}</BackLabel>
    </AnchorLink>
  );
}

/** /admin/webhooks/$id: the webhook's settings and actions, then its delivery log. */
export function WebhookDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const actions = useWebhookActions({ onDeleted: () => void navigate({ to: '/admin/webhooks' }) });
  const { data, error, refetch } = useQuery(WebhookDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const webhook = data?.webhook;
  const [openedAt] = useState(() => Date.now());

  if (!webhook) {
    return (
      <>
        <PageHeader title={t('webhook.title')} back={<BackToWebhooks />} />
        {error ? <QueryError error={error} onRetry={() => void refetch()} /> : <Skeleton height={160} aria-busy="true" aria-label={t('common.loading')} />}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={<Text component="span" inherit style={{ overflowWrap: 'anywhere' }}>{webhook.url}</Text>}
        back={<BackToWebhooks />}
        badges={<WebhookStatusBadge webhook={webhook} />}
        description={webhook.description}
      />
      <Stack gap="md">
        <Paper withBorder p="md">
          <Group justify="space-between" align="flex-start" mb="sm" gap="sm">
            <Title order={2} size="h4">{t('webhook.detail.settings')}</Title>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => actions.edit(webhook)}>{t('webhook.actions.edit')}</Button>
              <Button size="xs" variant="default" loading={actions.toggling === webhook.id} onClick={() => actions.setActive(webhook, !webhook.active)}>
                {webhook.active ? t('webhook.actions.turnOff') : t('webhook.actions.turnOn')}
              </Button>
              <Button size="xs" variant="default" onClick={() => actions.askRotate(webhook)}>{t('webhook.actions.rotate')}</Button>
              <Button size="xs" variant="light" color="red" onClick={() => actions.askDelete(webhook)}>{t('webhook.actions.delete')}</Button>
            </Group>
          </Group>
          <FactList
            facts={[
              { label: t('webhook.fields.eventTypes'), value: <EventTypeList types={webhook.eventTypes} all /> },
              { label: t('webhook.fields.onlyFields'), value: webhook.onlyFields.length ? webhook.onlyFields.join(', ') : null },
              { label: t('webhook.fields.status'), value: <WebhookStatusBadge webhook={webhook} withReason />, testId: 'webhook-state' },
              { label: t('webhook.fields.owner'), value: webhook.owner.name },
              { label: t('webhook.fields.createdAt'), value: format.dateTime(webhook.createdAt) },
              ...(webhook.previousSecretUntil && new Date(webhook.previousSecretUntil).getTime() > openedAt
                ? [{ label: t('webhook.secret.label'), value: t('webhook.detail.previousSecretUntil', { date: format.dateTime(webhook.previousSecretUntil) }) }]
                : []),
            ]}
          />
        </Paper>
        <WebhookDeliveries webhookId={webhook.id} />
      </Stack>
      {actions.dialogs}
    </>
  );
}
