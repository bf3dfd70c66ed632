import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CreatePriceBookDocument, PriceBooksDocument, UpdatePriceBookDocument, type PriceBookPartsFragment } from '@panorama/schema';
import { isStaleVersion, toFieldErrors } from '../../lib/errors.ts';
import { useFormState } from '../../lib/form/useFormState.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { CURRENCIES } from '../opportunity/opportunityFormValues.ts';

interface PriceBookModalProps {
  opened: boolean;
  /** null: a new book. */
  book: PriceBookPartsFragment | null;
  onClose: () => void;
}

const valuesOf = (book: PriceBookPartsFragment | null) => ({
  name: book?.name ?? '', currency: book?.currency ?? 'CNY', description: book?.description ?? '', isDefault: book?.isDefault ?? false, active: book?.active ?? true,
});

/** Create or edit a price book; making it the default unsets the other default of its currency. */
export function PriceBookModal({ opened, book, onClose }: PriceBookModalProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const form = useFormState(valuesOf(book));
  const [formError, setFormError] = useState<string | null>(null);
  const refetchQueries = [PriceBooksDocument];
  const [create, createState] = useMutation(CreatePriceBookDocument, { refetchQueries });
  const [update, updateState] = useMutation(UpdatePriceBookDocument, { refetchQueries });
  const { reset } = form;
  useEffect(() => {
    if (opened) {
      reset(valuesOf(book));
      setFormError(null);
    }
  }, [opened, book, reset]);

  const submit = async () => {
    setFormError(null);
    if (!form.values.name.trim()) return form.setErrors({ name: t('common.required') });
    const v = form.values;
    try {
      if (book) await update({ variables: { id: book.id, input: { version: book.version, name: v.name, currency: v.currency, description: v.description, isDefault: v.isDefault, active: v.active } } });
      else await create({ variables: { input: { name: v.name, currency: v.currency, description: v.description, isDefault: v.isDefault, active: v.active } } });
      notifications.show({ color: 'teal', message: book ? t('product.priceBooks.notify.updated') : t('product.priceBooks.notify.created') });
      onClose();
    } catch (error) {
      if (isStaleVersion(error)) return setFormError(t('errors.staleVersion'));
      const fields = toFieldErrors(error);
      if (Object.keys(fields).length) return form.setErrors(fields);
      setFormError(errorMessage(error));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={book ? t('product.priceBooks.editTitle') : t('product.priceBooks.new')} centered>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {formError && <Alert color="red" role="alert">{formError}</Alert>}
          <TextInput label={t('product.priceBooks.fields.name')} required data-autofocus {...form.text('name')} />
          <Select
            label={t('product.priceBooks.fields.currency')}
            data={CURRENCIES}
            value={form.values.currency}
            onChange={(value) => form.set('currency', value ?? 'CNY')}
            error={form.errors.currency}
            allowDeselect={false}
          />
          <Textarea label={t('product.priceBooks.fields.description')} autosize minRows={2} {...form.text('description')} />
          <Checkbox
            label={t('product.priceBooks.fields.isDefault')}
            checked={form.values.isDefault}
            onChange={(e) => form.set('isDefault', e.currentTarget.checked)}
            error={form.errors.isDefault}
          />
          <Switch label={t('product.priceBooks.fields.active')} checked={form.values.active} onChange={(e) => form.set('active', e.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={createState.loading || updateState.loading}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
