import { useMemo } from 'react';
import { Center, Loader } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ProductDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { ProductForm, emptyProductValues, productToValues } from './ProductForm.tsx';

export function NewProductPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={t('product.new')}
        back={
          <AnchorLink to="/products" size="sm" c="dimmed" w="fit-content">
            <BackLabel>{t('product.backToList')}</BackLabel>
          </AnchorLink>
        }
      />
      <ProductForm
        initial={emptyProductValues}
        onSaved={(p) => void navigate({ to: '/products/$id', params: { id: p.id } })}
        onCancel={() => void navigate({ to: '/products' })}
      />
    </>
  );
}

export function EditProductPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(ProductDocument, { variables: { id }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const p = data?.product;
  const initial = useMemo(() => (p ? productToValues(p) : null), [p]);

  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage title={t('product.notFound')} />;
  if (error && !p) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !p) return <Center h={240}><Loader /></Center>;
  if (!p || !initial) return null;

  const toDetail = () => void navigate({ to: '/products/$id', params: { id } });
  return (
    <>
      <PageHeader
        title={t('product.editTitle', { name: p.name })}
        back={
          <AnchorLink to="/products/$id" params={{ id }} size="sm" c="dimmed" w="fit-content">
            <BackLabel>{t('product.backToProduct')}</BackLabel>
          </AnchorLink>
        }
      />
      <ProductForm key={p.version} initial={initial} existing={{ id, version: p.version }} onSaved={toDetail} onCancel={toDetail} onReload={() => void refetch()} />
    </>
  );
}
