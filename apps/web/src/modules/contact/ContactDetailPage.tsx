import { Anchor, Badge, Center, Grid, Group, Loader, Paper, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ContactDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { FactList } from '../../lib/components/FactList.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { DeletedBadge } from '../customer/CustomerBadges.tsx';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { ContactActions } from './ContactActions.tsx';
import { DoNotContactBadges } from './DoNotContactBadges.tsx';

export function ContactDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, loading, refetch } = useQuery(ContactDocument, { variables: { id } });
  const c = data?.contact;

  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage title={t('contact.notFound')} />;
  if (error && !c) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !c) return <Center h={240}><Loader /></Center>;
  if (!c) return null;

  return (
    <>
      <PageHeader
        back={
          <AnchorLink to="/customers/$id" params={{ id: c.customer.id }} size="sm" c="dimmed" w="fit-content">
            <BackLabel>{c.customer.name}</BackLabel>
          </AnchorLink>
        }
        title={c.name}
        description={c.title}
        badges={
          <>
            {c.isPrimary && <Badge variant="light">{t('contact.fields.isPrimary')}</Badge>}
            <DoNotContactBadges contact={c} />
            {c.deletedAt && <DeletedBadge />}
          </>
        }
        actions={<ContactActions contact={c} />}
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 8, lg: 6 }}>
          <Paper withBorder p="lg">
            <Title order={3} fz="md" mb="md">
              {t('contact.detail.facts')}
            </Title>
            <FactList
              facts={[
                {
                  label: t('contact.fields.customer'),
                  value: <AnchorLink to="/customers/$id" params={{ id: c.customer.id }} size="sm">{c.customer.name}</AnchorLink>,
                },
                { label: t('contact.fields.title'), value: c.title },
                {
                  label: t('contact.fields.roles'),
                  value: c.roles.length > 0 && (
                    <Group gap={4}>
                      {c.roles.map((r) => <Badge key={r} size="sm" variant="dot" color="gray">{r}</Badge>)}
                    </Group>
                  ),
                },
                { label: t('contact.fields.email'), value: c.email && <Anchor href={`mailto:${c.email}`} size="sm">{c.email}</Anchor> },
                { label: t('contact.fields.phone'), value: c.phone && <Anchor href={`tel:${c.phone}`} size="sm">{c.phone}</Anchor> },
                { label: t('contact.fields.mobile'), value: c.mobile && <Anchor href={`tel:${c.mobile}`} size="sm">{c.mobile}</Anchor> },
                { label: t('contact.fields.preferredChannel'), value: c.preferredChannel && t(`enums.channel.${c.preferredChannel}`) },
                { label: t('contact.flags.doNotCall'), value: c.doNotCall ? t('common.yes') : t('common.no') },
                { label: t('contact.flags.doNotEmail'), value: c.doNotEmail ? t('common.yes') : t('common.no') },
                { label: t('contact.flags.doNotSms'), value: c.doNotSms ? t('common.yes') : t('common.no') },
                { label: t('common.createdAt'), value: format.dateTime(c.createdAt) },
                { label: t('common.updatedAt'), value: format.dateTime(c.updatedAt) },
              ]}
            />
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}
