import { Checkbox, Fieldset, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { skipToken, useQuery } from '@apollo/client/react';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CustomerContactsDocument, CustomerDealOptionsDocument, UserOptionsDocument, type ContractKind } from '@panorama/schema';
import type { FormState } from '../../lib/form/useFormState.ts';
import { useViewer } from '../auth/useViewer.ts';
import { CustomerPicker } from '../contact/CustomerPicker.tsx';
import { CURRENCIES, type ContractFormValues } from './contractFormValues.ts';

/** Every field of Create/UpdateContractInput; errors (local or from the server) sit next to their field. */
export function ContractFormFields({ form, editing, currentOwner }: { form: FormState<ContractFormValues>; editing?: boolean; currentOwner?: { id: string; name: string } | null }) {
  const { t } = useTranslation();
  const { values: v, errors, set } = form;
  const { user, can } = useViewer();
  const users = useQuery(UserOptionsDocument, can('user:read') ? {} : skipToken);
  const contacts = useQuery(CustomerContactsDocument, v.customerId ? { variables: { id: v.customerId, first: 100 } } : skipToken);
  const deals = useQuery(CustomerDealOptionsDocument, v.customerId && can('opportunity:read') ? { variables: { customerId: v.customerId } } : skipToken);
  const owners = (users.data?.users.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  for (const u of [currentOwner, user]) if (u && !owners.some((o) => o.value === u.id)) owners.push({ value: u.id, label: u.name });
  const contactOptions = (contacts.data?.customer.contacts.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  const dealOptions = (deals.data?.opportunities.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  const date = (key: 'startDate' | 'endDate' | 'signedDate', required = true) => (
    <DatePickerInput
      label={t(`contract.fields.${key}`)}
      required={required}
      withAsterisk={required}
      clearable={!required}
      leftSection={<IconCalendar size={16} />}
      value={v[key]}
      onChange={(value) => set(key, value)}
      error={errors[key]}
    />
  );
  return (
    <>
      <Fieldset legend={t('contract.form.basics')} mb="md">
        <Stack gap="md">
          <div>
            <Text size="sm" fw={500} mb={4}>{t('contract.fields.kind')}</Text>
            <SegmentedControl
              aria-label={t('contract.fields.kind')}
              data={(['SALES', 'SERVICE'] as const).map((k) => ({ value: k, label: t(`contract.kind.${k}`) }))}
              value={v.kind}
              onChange={(value) => set('kind', value as ContractKind)}
            />
          </div>
          <TextInput label={t('contract.fields.title')} required withAsterisk data-autofocus {...form.text('title')} />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('contract.form.parties')} mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <CustomerPicker
            label={t('contract.fields.customer')}
            required
            withAsterisk
            disabled={editing}
            value={v.customerId}
            selectedName={v.customerName}
            onChange={(id, name) => {
              form.setValues((cur) => ({ ...cur, customerId: id, customerName: name, contactId: null, opportunityId: null }));
              form.setErrors(({ customerId: _c, ...rest }) => rest);
            }}
            error={errors.customerId}
          />
          <Select
            label={t('contract.fields.contact')}
            placeholder={v.customerId ? t('contract.form.noContact') : t('contract.form.pickCustomerFirst')}
            data={contactOptions}
            value={v.contactId}
            onChange={(value) => set('contactId', value)}
            disabled={!v.customerId}
            clearable
            error={errors.contactId}
          />
          <Select label={t('contract.fields.owner')} data={owners} value={v.ownerId} onChange={(value) => set('ownerId', value)} searchable error={errors.ownerId} />
          <Select
            label={t('contract.fields.opportunity')}
            placeholder={v.customerId ? t('contract.form.noDeal') : t('contract.form.pickCustomerFirst')}
            data={dealOptions}
            value={v.opportunityId}
            onChange={(value) => set('opportunityId', value)}
            disabled={!v.customerId}
            clearable
            error={errors.opportunityId}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('contract.form.money')} mb="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput label={t('contract.fields.value')} required withAsterisk inputMode="decimal" {...form.text('value')} />
          <Select label={t('contract.fields.currency')} data={CURRENCIES} value={v.currency} onChange={(value) => set('currency', value ?? 'CNY')} allowDeselect={false} error={errors.currency} />
          {date('signedDate', false)}
          {date('startDate')}
          {date('endDate')}
          <NumberInput
            label={t('contract.fields.renewalNoticeDays')}
            description={t('contract.form.noticeHint')}
            min={0}
            max={365}
            allowDecimal={false}
            value={v.renewalNoticeDays}
            onChange={(value) => set('renewalNoticeDays', typeof value === 'number' ? value : '')}
            error={errors.renewalNoticeDays}
          />
        </SimpleGrid>
        <Checkbox mt="md" label={t('contract.fields.autoRenew')} checked={v.autoRenew} onChange={(e) => set('autoRenew', e.currentTarget.checked)} />
      </Fieldset>
      <Fieldset legend={t('contract.form.terms')}>
        <Textarea label={t('contract.fields.terms')} autosize minRows={4} {...form.text('terms')} />
      </Fieldset>
    </>
  );
}
