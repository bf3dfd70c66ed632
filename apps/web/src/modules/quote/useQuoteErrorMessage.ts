import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorReason } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

const QUOTE_REASONS = ['QUOTE_NOT_DRAFT', 'QUOTE_NOT_SENT', 'QUOTE_EXPIRED', 'ALREADY_ACCEPTED', 'NO_LINES', 'NOT_REVISABLE'];

/** The shared error sentences, plus the quote and order workflow conflicts in the UI language. */
export function useQuoteErrorMessage() {
  const { t } = useTranslation();
  const base = useErrorMessage();
  return useCallback(
    (error: unknown) => {
      const reason = errorReason(error);
      if (errorCode(error) === 'CONFLICT' && reason) {
        if (QUOTE_REASONS.includes(reason)) return t(`quote.errors.${reason}` as 'quote.errors.NO_LINES');
        if (reason === 'ORDER_NOT_CONFIRMED') return t('order.errors.ORDER_NOT_CONFIRMED');
      }
      return base(error);
    },
    [t, base],
  );
}
