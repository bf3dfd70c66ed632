import { useEffect, useState } from 'react';
import { ActionIcon, Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PriceBooksDocument, ProductsWithPricesDocument, SetProductPriceDocument, type PriceBookPartsFragment, type ProductPricePartsFragment } from '@panorama/schema';
import { toFieldErrors, type FieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

interface ProductPriceModalProps {
  opened: boolean;
  book: PriceBookPartsFragment;
  product: { id: string; name: string };
  /** The current price, if any. */
  price: ProductPricePartsFragment | null;
  onClose: () => void;
}

interface Tier { minQuantity: string; discountPercent: string }

/** A product's list price in one book and its volume-discount tiers (add, change, remove). */
export function ProductPriceModal({ opened, book, product, price, onClose }: ProductPriceModalProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [unitPrice, setUnitPrice] = useState('');
  const [tiers, setTiers] = useState<Tier[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [save, saveState] = useMutation(SetProductPriceDocument, { refetchQueries: [PriceBooksDocument, ProductsWithPricesDocument] });

  useEffect(() => {
    if (!opened) return;
    setUnitPrice(price?.unitPrice.amount ?? '');
    setTiers(price?.tiers.map((tier) => ({ minQuantity: tier.minQuantity, discountPercent: String(Number(tier.discountPercent)) })) ?? []);
    setErrors({});
    setFormError(null);
  }, [opened, price]);

  const setTier = (i: number, patch: Partial<Tier>) => {
    setTiers((current) => current.map((tier, j) => (j === i ? { ...tier, ...patch } : tier)));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch)) delete next[`tiers[${i}].${key}`];
      return next;
    });
  };

  const submit = async () => {
    setFormError(null);
    if (!unitPrice.trim()) return setErrors({ unitPrice: t('common.required') });
    try {
      await save({ variables: { input: { priceBookId: book.id, productId: product.id, unitPrice, tiers } } });
      notifications.show({ color: 'teal', message: t('product.priceBooks.notify.priceSaved') });
      onClose();
    } catch (error) {
      const fields = toFieldErrors(error);
      if (Object.keys(fields).length) {
        setErrors(fields);
        return setFormError(t('errors.formHasErrors'));
      }
      setFormError(errorMessage(error));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('product.priceBooks.priceModal.title', { product: product.name, book: book.name })} centered size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {formError && <Alert color="red" role="alert">{formError}</Alert>}
          <TextInput
            label={t('product.priceBooks.priceModal.unitPrice', { currency: book.currency })}
            required
            inputMode="decimal"
            value={unitPrice}
            onChange={(e) => {
              setUnitPrice(e.currentTarget.value);
              setErrors(({ unitPrice: _removed, ...rest }) => rest);
            }}
            error={errors.unitPrice}
            data-autofocus
            w={220}
          />
          <Stack gap="xs">
            <Text size="sm" fw={500}>{t('product.priceBooks.priceModal.tiers')}</Text>
            <Text size="xs" c="dimmed">{t('product.priceBooks.priceModal.tiersHint')}</Text>
            {tiers.length === 0 && <Text size="sm" c="dimmed">{t('product.priceBooks.priceModal.noTiers')}</Text>}
            {tiers.map((tier, i) => (
              <Group key={i} gap="sm" align="flex-start" wrap="nowrap">
                <TextInput
                  label={t('product.priceBooks.priceModal.minQuantity')}
                  inputMode="decimal"
                  value={tier.minQuantity}
                  onChange={(e) => setTier(i, { minQuantity: e.currentTarget.value })}
                  error={errors[`tiers[${i}].minQuantity`]}
                  w={180}
                />
                <TextInput
                  label={t('product.priceBooks.priceModal.discountPercent')}
                  inputMode="decimal"
                  value={tier.discountPercent}
                  onChange={(e) => setTier(i, { discountPercent: e.currentTarget.value })}
                  error={errors[`tiers[${i}].discountPercent`]}
                  w={160}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={28}
                  aria-label={t('product.priceBooks.priceModal.removeTier', { n: i + 1 })}
                  onClick={() => {
                    setTiers((current) => current.filter((_, j) => j !== i));
                    setErrors({});
                  }}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              size="xs"
              w="fit-content"
              leftSection={<IconPlus size={14} />}
              onClick={() => setTiers((current) => [...current, { minQuantity: '', discountPercent: '' }])}
            >
              {t('product.priceBooks.priceModal.addTier')}
            </Button>
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={saveState.loading}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
