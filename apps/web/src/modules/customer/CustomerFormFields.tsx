import { Autocomplete, Fieldset, Group, Radio, Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompanySize, CustomerKind, CustomerTier, LifecycleStage } from '@panorama/schema';
import type { FormState } from '../../lib/form/useFormState.ts';
import { useEnumOptions } from '../../lib/useEnumOptions.ts';
import { useViewer } from '../auth/useViewer.ts';
import { CustomFieldsInput } from './CustomFieldsInput.tsx';
import { ADDRESS_KEYS, type CustomerFormValues } from './customerFormValues.ts';
import { useCustomerFilterOptions } from './useCustomerFilterOptions.ts';

type Option = { value: string; label: string };

/** Adds users missing from the options (e.g. the viewer, or the owner of a record). */
function withOptions(options: Option[], users: ({ id: string; name: string } | null | undefined)[]): Option[] {
  const extra = users.filter((u): u is { id: string; name: string } => !!u && !options.some((o) => o.value === u.id));
  const unique = extra.filter((u, i) => extra.findIndex((x) => x.id === u.id) === i);
  return [...options, ...unique.map((u) => ({ value: u.id, label: u.name }))];
}

interface CustomerFormFieldsProps {
  form: FormState<CustomerFormValues>;
  /** The owner as loaded, so the select can show it even when the user list is not available. */
  currentOwner?: { id: string; name: string } | null;
}

/** Every field of CreateCustomerInput / UpdateCustomerInput, grouped. Errors come from `form.errors`. */
export function CustomerFormFields({ form, currentOwner }: CustomerFormFieldsProps) {
  const { t } = useTranslation();
  const enums = useEnumOptions();
  const options = useCustomerFilterOptions();
  const { user } = useViewer();
  const owners = withOptions(options.owners, [currentOwner, user]);
  const { values, errors, set } = form;

  return (
    <>
      <Fieldset legend={t('customer.form.basics')} mb="md">
        <Radio.Group
          label={t('customer.fields.kind')}
          value={values.kind}
          onChange={(value) => set('kind', value as CustomerKind)}
          error={errors.kind}
          mb="sm"
        >
          <Group gap="lg" mt={6}>
            {enums.kinds.map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <TextInput label={t('customer.fields.name')} required withAsterisk data-autofocus {...form.text('name')} />
          <Autocomplete
            label={t('customer.fields.industry')}
            data={options.industries}
            value={values.industry}
            onChange={(value) => set('industry', value)}
            error={errors.industry}
          />
          <Select
            label={t('customer.fields.size')}
            data={enums.sizes}
            value={values.size}
            onChange={(value) => set('size', value as CompanySize | null)}
            error={errors.size}
            clearable
          />
          <Select
            label={t('customer.fields.tier')}
            data={enums.tiers}
            value={values.tier}
            onChange={(value) => value && set('tier', value as CustomerTier)}
            error={errors.tier}
            allowDeselect={false}
          />
          <Select
            label={t('customer.fields.lifecycleStage')}
            data={enums.stages}
            value={values.lifecycleStage}
            onChange={(value) => value && set('lifecycleStage', value as LifecycleStage)}
            error={errors.lifecycleStage}
            allowDeselect={false}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('customer.form.ownership')} mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <Select
            label={t('customer.fields.owner')}
            description={t('customer.form.ownerHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            placeholder={t('customer.form.noOwner')}
            data={owners}
            value={values.ownerId}
            onChange={(value) => set('ownerId', value)}
            error={errors.ownerId}
            searchable
            clearable
          />
          <Select
            label={t('customer.fields.territory')}
            data={options.territories}
            value={values.territoryId}
            onChange={(value) => set('territoryId', value)}
            error={errors.territoryId}
            searchable
            clearable
          />
          <TagsInput
            label={t('customer.fields.tags')}
            description={t('customer.form.tagsHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data={options.tags}
            value={values.tags}
            onChange={(value) => set('tags', value)}
            error={errors.tags}
            clearable
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('customer.form.contact')} mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <TextInput label={t('customer.fields.phone')} type="tel" {...form.text('phone')} />
          <TextInput label={t('customer.fields.email')} type="email" {...form.text('email')} />
          <TextInput label={t('customer.fields.website')} type="url" placeholder="https://" {...form.text('website')} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('customer.form.address')} mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {ADDRESS_KEYS.map((key) => (
            <TextInput
              key={key}
              label={t(`customer.fields.${key}`)}
              value={values.address[key]}
              onChange={(e) => set('address', { ...values.address, [key]: e.currentTarget.value }, `address.${key}`)}
              error={errors[`address.${key}`]}
              style={key === 'street' ? { gridColumn: 'span 2' } : undefined}
            />
          ))}
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('customer.fields.customFields')} mb="md">
        <CustomFieldsInput
          rows={values.customFields}
          onChange={(rows) => set('customFields', rows)}
          error={errors.customFields}
        />
      </Fieldset>
    </>
  );
}
