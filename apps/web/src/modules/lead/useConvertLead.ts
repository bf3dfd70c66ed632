import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConvertLeadDocument, type ConvertLeadInput } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { toFieldErrors, type FieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

/** Runs the conversion; on success opens the customer, otherwise keeps field errors (by input field) and a message. */
export function useConvertLead(leadId: string) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [convert, state] = useMutation(ConvertLeadDocument);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  const run = async (input: ConvertLeadInput) => {
    setErrors({});
    setMessage(null);
    try {
      const { data } = await convert({
        variables: { id: leadId, input },
        update: (cache) => evictRootFields(cache, ['leads', 'customers', 'contacts', 'opportunities', 'opportunityBoard']),
      });
      const customer = data?.convertLead.customer;
      if (!customer) return;
      notifications.show({ color: 'teal', message: t('lead.convert.done', { name: customer.name }) });
      void navigate({ to: '/customers/$id', params: { id: customer.id } });
    } catch (error) {
      const fields = toFieldErrors(error);
      if (Object.keys(fields).length) setErrors(fields);
      setMessage(errorMessage(error));
    }
  };

  return { run, converting: state.loading, errors, message, clearError: (field: string) => setErrors(({ [field]: _, ...rest }) => rest) };
}
