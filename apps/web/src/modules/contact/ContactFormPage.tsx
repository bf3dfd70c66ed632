import { useMemo } from 'react';
import { Center, Loader } from '@mantine/core';
import { skipToken, useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ContactDocument, CustomerNameDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { ContactForm } from './ContactForm.tsx';
import { contactToValues, emptyContactValues } from './contactFormValues.ts';

/** New contact; `customerId` (from the customer page) preselects the customer. */
export function NewContactPage({ customerId }: { customerId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const customer = useQuery(CustomerNameDocument, customerId ? { variables: { id: customerId } } : skipToken);
  const customerName = customer.data?.customer.name ?? null;
  const initial = useMemo(
    () => emptyContactValues(customerId ? { id: customerId, name: customerName } : undefined),
    [customerId, customerName],
  );
  if (customerId && customer.loading) return <Center h={240}><Loader /></Center>;

  const back = () =>
    void (customerId ? navigate({ to: '/customers/$id', params: { id: customerId } }) : navigate({ to: '/contacts' }));
  return (
    <>
      <PageHeader
        title={t('contact.new')}
        back={
          customerId ? (
            <AnchorLink to="/customers/$id" params={{ id: customerId }} size="sm" c="dimmed" w="fit-content">
              <BackLabel>{customerName ?? t('contact.backToCustomer')}</BackLabel>
            </AnchorLink>
          ) : (
            <AnchorLink to="/contacts" size="sm" c="dimmed" w="fit-content">
              <BackLabel>{t('contact.backToList')}</BackLabel>
            </AnchorLink>
          )
        }
      />
      <ContactForm
        key={customerName ?? ''}
        initial={initial}
        onSaved={(c) => void navigate({ to: '/contacts/$id', params: { id: c.id } })}
        onCancel={back}
      />
    </>
  );
}

export function EditContactPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(ContactDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const contact = data?.contact;
  const initial = useMemo(() => (contact ? contactToValues(contact) : null), [contact]);

  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage title={t('contact.notFound')} />;
  if (error && !contact) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !contact) return <Center h={240}><Loader /></Center>;
  if (!contact || !initial) return null;

  const toDetail = () => void navigate({ to: '/contacts/$id', params: { id } });
  return (
    <>
      <PageHeader
        title={t('contact.editTitle', { name: contact.name })}
        back={
          <AnchorLink to="/contacts/$id" params={{ id }} size="sm" c="dimmed" w="fit-content">
            <BackLabel>{t('contact.backToContact')}</BackLabel>
          </AnchorLink>
        }
      />
      <ContactForm
        key={contact.version}
        initial={initial}
        existing={{ id, version: contact.version }}
        onSaved={toDetail}
        onCancel={toDetail}
        onReload={() => refetch()}
      />
    </>
  );
}
