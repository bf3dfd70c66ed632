import { useState } from 'react';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CreateProductDocument, UpdateProductDocument, type ProductDetailFragment } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { errorCode, errorExtensions, errorReason, isStaleVersion, toFieldErrors } from '../../lib/errors.ts';
import { useFormState } from '../../lib/form/useFormState.ts';
import { localizeServerMessage } from '../../lib/i18n/serverMessages.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

export interface ProductFormValues {
  sku: string;
  name: string;
  category: string;
  unit: string;
  taxRate: string;
  description: string;
}

export const emptyProductValues: ProductFormValues = { sku: '', name: '', category: '', unit: '', taxRate: '0', description: '' };

export const productToValues = (p: ProductDetailFragment): ProductFormValues => ({
  sku: p.sku, name: p.name, category: p.category ?? '', unit: p.unit ?? '', taxRate: p.taxRate, description: p.description ?? '',
});

interface ProductFormProps {
  initial: ProductFormValues;
  existing?: { id: string; version: number };
  onSaved: (product: ProductDetailFragment) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** Create or edit a product; the server's field errors show next to the fields (a taken SKU too). */
export function ProductForm({ initial, existing, onSaved, onCancel, onReload }: ProductFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const form = useFormState(initial);
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [create, createState] = useMutation(CreateProductDocument);
  const [update, updateState] = useMutation(UpdateProductDocument);

  const submit = async () => {
    setFormError(null);
    const required: Record<string, string> = {};
    if (!form.values.sku.trim()) required.sku = t('common.required');
    if (!form.values.name.trim()) required.name = t('common.required');
    if (Object.keys(required).length) {
      form.setErrors(required);
      setFormError(t('errors.formHasErrors'));
      return;
    }
    const v = form.values;
    const fields = { sku: v.sku, name: v.name, category: v.category, unit: v.unit, taxRate: v.taxRate || '0', description: v.description };
    try {
      const saved = existing
        ? (await update({ variables: { id: existing.id, input: { version: existing.version, ...fields } } })).data?.updateProduct
        : (await create({ variables: { input: fields }, update: (cache) => evictRootFields(cache, ['products', 'productCategories']) })).data?.createProduct;
      if (!saved) return;
      notifications.show({ color: 'teal', message: existing ? t('product.notify.updated') : t('product.notify.created') });
      onSaved(saved);
    } catch (error) {
      if (isStaleVersion(error)) return setStale(true);
      if (errorCode(error) === 'CONFLICT' && errorReason(error) === 'DUPLICATE_SKU') {
        const f = (errorExtensions(error).fields as { message: string }[] | undefined)?.[0];
        form.setErrors({ sku: localizeServerMessage(f?.message ?? 'is already in use') });
        setFormError(t('errors.formHasErrors'));
        return;
      }
      const fieldErrors = toFieldErrors(error);
      if (Object.keys(fieldErrors).length) {
        form.setErrors(fieldErrors);
        setFormError(t('errors.formHasErrors'));
        return;
      }
      setFormError(errorMessage(error));
    }
  };

  return (
    <Paper withBorder p="lg" maw={760}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {stale && (
            <Alert color="orange" role="alert">
              <Group justify="space-between">
                {t('errors.staleVersion')}
                {onReload && <Button size="xs" variant="white" onClick={onReload}>{t('common.reload')}</Button>}
              </Group>
            </Alert>
          )}
          {formError && <Alert color="red" role="alert">{formError}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('product.fields.sku')} description={t('product.skuHint')} required {...form.text('sku')} data-autofocus />
            <TextInput label={t('product.fields.name')} required {...form.text('name')} />
            <TextInput label={t('product.fields.category')} {...form.text('category')} />
            <TextInput label={t('product.fields.unit')} {...form.text('unit')} />
            <TextInput label={t('product.fields.taxRate')} inputMode="decimal" {...form.text('taxRate')} />
          </SimpleGrid>
          <Textarea label={t('product.fields.description')} autosize minRows={3} {...form.text('description')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
            <Button type="submit" loading={createState.loading || updateState.loading}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
