import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Modal, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LeadDetailFragment } from '@panorama/schema';
import { CURRENCIES } from '../opportunity/opportunityFormValues.ts';
import { useViewer } from '../auth/useViewer.ts';
import { CustomerPicker } from '../contact/CustomerPicker.tsx';
import { useLeadDuplicates } from './useLeadDuplicates.ts';
import { useConvertLead } from './useConvertLead.ts';

const NEW = '__new';
const OTHER = '__other';

/** Convert: pick the customer (a same-name one is reused, or a new one is made), optionally the opportunity; then open the customer. */
export function ConvertLeadModal({ lead, opened, onClose }: { lead: LeadDetailFragment; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const companyName = lead.company?.trim() || lead.name;
  const found = useLeadDuplicates({ name: '', company: companyName, email: '', phone: '' });
  const matches = found.customers.filter((c) => c.matchedOn.includes('name'));
  const [choice, setChoice] = useState<string | null>(null);
  const selected = choice ?? (matches[0]?.id ?? NEW);
  const [otherId, setOtherId] = useState<string | null>(null);
  const [withDeal, setWithDeal] = useState(can('opportunity:create'));
  const [deal, setDeal] = useState({ name: `${companyName} – ${lead.name}`, amount: '', currency: 'CNY', expectedCloseDate: null as string | null });
  const conversion = useConvertLead(lead.id);
  const e = conversion.errors;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const customerId = selected === NEW ? undefined : selected === OTHER ? otherId : selected;
    if (selected === OTHER && !otherId) return;
    void conversion.run({
      customerId,
      createOpportunity: withDeal,
      ...(withDeal ? { opportunityName: deal.name, amount: deal.amount.trim() || '0', currency: deal.currency, expectedCloseDate: deal.expectedCloseDate } : {}),
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('lead.convert.title')} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">{t('lead.convert.body')}</Text>
          {conversion.message && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" data-testid="convert-error">
              {conversion.message}
            </Alert>
          )}
          <Radio.Group label={t('lead.convert.customer')} value={selected} onChange={setChoice} error={e.customerId}>
            <Stack gap={8} mt={6}>
              {matches.length === 0 && <Radio value={NEW} label={t('lead.convert.createNew', { name: companyName })} />}
              {matches.length > 0 && <Text size="xs" c="dimmed">{t('lead.convert.matching')}</Text>}
              {matches.map((c) => (
                <Radio key={c.id} value={c.id} label={c.name} />
              ))}
              <Radio value={OTHER} label={t('lead.convert.reuse')} />
              {selected === OTHER && (
                <CustomerPicker
                  aria-label={t('lead.convert.pickOther')}
                  placeholder={t('lead.convert.pickOther')}
                  value={otherId}
                  onChange={(id) => setOtherId(id)}
                  ml={28}
                />
              )}
            </Stack>
          </Radio.Group>
          {can('opportunity:create') && (
            <Checkbox label={t('lead.convert.createOpportunity')} checked={withDeal} onChange={(ev) => setWithDeal(ev.currentTarget.checked)} />
          )}
          {withDeal && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('lead.convert.opportunityName')}
                value={deal.name}
                onChange={(ev) => (setDeal({ ...deal, name: ev.currentTarget.value }), conversion.clearError('opportunityName'))}
                error={e.opportunityName ?? e.name}
                style={{ gridColumn: '1 / -1' }}
              />
              <TextInput
                label={t('lead.convert.amount')}
                inputMode="decimal"
                placeholder="0.00"
                value={deal.amount}
                onChange={(ev) => (setDeal({ ...deal, amount: ev.currentTarget.value }), conversion.clearError('amount'))}
                error={e.amount}
              />
              <Select label={t('lead.convert.currency')} data={CURRENCIES} value={deal.currency} onChange={(v) => setDeal({ ...deal, currency: v ?? 'CNY' })} allowDeselect={false} error={e.currency} />
              <DatePickerInput
                label={t('lead.convert.expectedCloseDate')}
                placeholder={t('lead.convert.closeDefault')}
                value={deal.expectedCloseDate}
                onChange={(v) => setDeal({ ...deal, expectedCloseDate: (v as string | null) ?? null })}
                valueFormat="YYYY-MM-DD"
                clearable
                error={e.expectedCloseDate}
              />
            </SimpleGrid>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={conversion.converting} disabled={selected === OTHER && !otherId}>
              {t('lead.convert.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
