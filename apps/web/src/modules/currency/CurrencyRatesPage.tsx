import { useState } from 'react';
import { Alert, Button, Group, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CurrencyRatesDocument, DeleteCurrencyRateDocument, SetCurrencyRateDocument } from '@panorama/schema';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { toFieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { CURRENCIES } from '../opportunity/opportunityFormValues.ts';
import { CurrencyRateRow } from './CurrencyRateRow.tsx';

/** Admin → Currencies: the base currency and the rates that convert deal amounts into it. */
export function CurrencyRatesPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const query = useQuery(CurrencyRatesDocument);
  const [setRate, setting] = useMutation(SetCurrencyRateDocument, { refetchQueries: [CurrencyRatesDocument], awaitRefetchQueries: true });
  const [deleteRate, deleting] = useMutation(DeleteCurrencyRateDocument, { refetchQueries: [CurrencyRatesDocument], awaitRefetchQueries: true });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [savingCurrency, setSavingCurrency] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [newCurrency, setNewCurrency] = useState<string | null>(null);
  const [newRate, setNewRate] = useState('');
  const data = query.data?.currencyRates;
  const base = data?.baseCurrency ?? 'CNY';
  const available = CURRENCIES.filter((c) => c !== base && !data?.rates.some((r) => r.currency === c));

  const save = async (currency: string, rate: string, key = currency) => {
    setSavingCurrency(key);
    try {
      await setRate({ variables: { currency, rate } });
      setErrors((e) => ({ ...e, [key]: '' }));
      notifications.show({ color: 'teal', message: t('currency.saved', { currency }) });
      return true;
    } catch (e) {
      const fields = toFieldErrors(e, []);
      setErrors((prev) => ({ ...prev, [key]: fields.rate ?? fields.currency ?? errorMessage(e) }));
      return false;
    } finally {
      setSavingCurrency(null);
    }
  };

  const remove = async (currency: string) => {
    try {
      await deleteRate({ variables: { currency } });
      notifications.show({ color: 'teal', message: t('currency.deleted', { currency }) });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
    setConfirm(null);
  };

  return (
    <>
      <PageHeader title={t('currency.title')} description={t('currency.description')} />
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} mb="md">{t('currency.examples')}</Alert>
      {query.error && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Paper withBorder p="md">
        <Text fw={600} mb="sm">{t('currency.base', { currency: base })}</Text>
        <Table verticalSpacing="xs" maw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={100}>{t('currency.currency')}</Table.Th>
              <Table.Th>{t('currency.rate', { base })}</Table.Th>
              <Table.Th>{t('currency.updatedAt')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.rates.map((r) => (
              <CurrencyRateRow
                key={`${r.currency}-${r.rate}`}
                rate={r}
                base={base}
                saving={setting.loading && savingCurrency === r.currency}
                error={errors[r.currency]}
                onSave={(rate) => void save(r.currency, rate)}
                onDelete={() => setConfirm(r.currency)}
              />
            ))}
            {data && data.rates.length === 0 && (
              <Table.Tr><Table.Td colSpan={4}><Text c="dimmed" size="sm">{t('currency.empty')}</Text></Table.Td></Table.Tr>
            )}
          </Table.Tbody>
        </Table>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!newCurrency) return setErrors((prev) => ({ ...prev, new: t('common.required') }));
            void save(newCurrency, newRate.trim(), 'new').then((ok) => ok && (setNewCurrency(null), setNewRate('')));
          }}
        >
          <Group gap="sm" align="flex-start" mt="md">
            <Select aria-label={t('currency.currency')} placeholder={t('currency.currency')} data={available} value={newCurrency} onChange={setNewCurrency} w={110} />
            <TextInput aria-label={t('currency.rate', { base })} placeholder="7.1" value={newRate} onChange={(e) => setNewRate(e.currentTarget.value)} error={errors.new || null} inputMode="decimal" w={160} />
            <Button type="submit" variant="light" leftSection={<IconPlus size={16} />} loading={setting.loading && savingCurrency === 'new'}>
              {t('currency.add')}
            </Button>
          </Group>
        </form>
      </Paper>
      <ConfirmDialog
        opened={confirm !== null}
        title={t('currency.deleteTitle')}
        message={t('currency.deleteBody', { currency: confirm ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        loading={deleting.loading}
        onConfirm={() => confirm && void remove(confirm)}
        onClose={() => setConfirm(null)}
      />
    </>
  );
}
