import { Fieldset, NumberInput, Select, SimpleGrid, TagsInput, TextInput, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { skipToken, useQuery } from '@apollo/client/react';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CustomerContactsDocument, UserOptionsDocument } from '@panorama/schema';
import type { FormState } from '../../lib/form/useFormState.ts';
import { useViewer } from '../auth/useViewer.ts';
import { CustomerPicker } from '../contact/CustomerPicker.tsx';
import { CURRENCIES, type OpportunityFormValues } from './opportunityFormValues.ts';
import { useStageOptions } from './useStageOptions.ts';

interface Props {
  form: FormState<OpportunityFormValues>;
  /** Editing: the customer is fixed (a deal does not move between customers). */
  editing?: boolean;
  currentOwner?: { id: string; name: string } | null;
  /** The deal has products: its amount and currency are their total, edited on the deal page. */
  amountFromProducts?: boolean;
}

/** Every field of Create/UpdateOpportunityInput, grouped; errors (local or from the server) sit next to their field. */
export function OpportunityFormFields({ form, editing, currentOwner, amountFromProducts }: Props) {
  const { t } = useTranslation();
  const { values: v, errors, set } = form;
  const { user, can } = useViewer();
  const stages = useStageOptions();
  const users = useQuery(UserOptionsDocument, can('user:read') ? {} : skipToken);
  const contacts = useQuery(CustomerContactsDocument, v.customerId ? { variables: { id: v.customerId, first: 100 } } : skipToken);
  const owners = (users.data?.users.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  for (const u of [currentOwner, user]) if (u && !owners.some((o) => o.value === u.id)) owners.push({ value: u.id, label: u.name });
  const stage = stages.stages.find((s) => s.id === v.stageId);
  const contactOptions = (contacts.data?.customer.contacts.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));

  return (
    <>
      <Fieldset legend={t('opportunity.form.basics')} mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('opportunity.fields.name')} required withAsterisk data-autofocus {...form.text('name')} />
          <CustomerPicker
            label={t('opportunity.fields.customer')}
            required
            withAsterisk
            disabled={editing}
            value={v.customerId}
            selectedName={v.customerName}
            onChange={(id, name) => {
              form.setValues((cur) => ({ ...cur, customerId: id, customerName: name, contactId: null }));
              form.setErrors(({ customerId: _c, ...rest }) => rest);
            }}
            error={errors.customerId}
          />
          <Select
            label={t('opportunity.fields.contact')}
            placeholder={v.customerId ? t('opportunity.form.noContact') : t('opportunity.form.pickCustomerFirst')}
            data={contactOptions}
            value={v.contactId}
            onChange={(value) => set('contactId', value)}
            disabled={!v.customerId}
            clearable
            error={errors.contactId}
          />
          <Select label={t('opportunity.fields.owner')} data={owners} value={v.ownerId} onChange={(value) => set('ownerId', value)} searchable error={errors.ownerId} />
          <Select
            label={t('opportunity.fields.stage')}
            placeholder={stages.stages[0]?.name}
            data={stages.options}
            value={v.stageId}
            onChange={(value) => set('stageId', value)}
            error={errors.stageId}
          />
          <DatePickerInput
            label={t('opportunity.fields.expectedCloseDate')}
            required
            withAsterisk
            leftSection={<IconCalendar size={16} />}
            value={v.expectedCloseDate}
            onChange={(value) => set('expectedCloseDate', value)}
            error={errors.expectedCloseDate}
          />
        </SimpleGrid>
        {stage?.kind === 'LOST' && (
          <Textarea mt="md" label={t('opportunity.fields.lostReason')} description={t('opportunity.form.lostReasonHint')} required withAsterisk autosize minRows={2} {...form.text('lostReason')} />
        )}
      </Fieldset>
      <Fieldset legend={t('opportunity.form.money')} mb="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            label={t('opportunity.fields.amount')}
            description={amountFromProducts ? t('opportunity.form.amountFromProducts') : t('opportunity.form.amountHint')}
            required
            withAsterisk
            inputMode="decimal"
            disabled={amountFromProducts}
            {...form.text('amount')}
          />
          <Select label={t('opportunity.fields.currency')} description=" " data={CURRENCIES} value={v.currency} onChange={(value) => set('currency', value ?? 'CNY')} allowDeselect={false} error={errors.currency} disabled={amountFromProducts} />
          <NumberInput
            label={t('opportunity.fields.probability')}
            description={t('opportunity.form.probabilityHint')}
            placeholder={stage ? `${stage.probability}` : undefined}
            min={0}
            max={100}
            allowDecimal={false}
            suffix="%"
            value={v.probability}
            onChange={(value) => set('probability', typeof value === 'number' ? value : '')}
            error={errors.probability}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('opportunity.form.details')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TagsInput label={t('opportunity.fields.competitors')} description={t('opportunity.form.competitorsHint')} value={v.competitors} onChange={(value) => set('competitors', value)} error={errors.competitors} />
          <TextInput label={t('opportunity.fields.source')} description=" " {...form.text('source')} />
        </SimpleGrid>
        <Textarea mt="md" label={t('opportunity.fields.description')} autosize minRows={3} {...form.text('description')} />
      </Fieldset>
    </>
  );
}
