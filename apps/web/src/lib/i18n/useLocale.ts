import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { SetMyLocaleDocument } from '@panorama/schema';
import { applyLocale, isLocale, rememberLocale, DEFAULT_LOCALE, type Locale } from './index.ts';

/** The UI language, and a setter that remembers it here and on the user's profile (when signed in). */
export function useLocale({ signedIn }: { signedIn: boolean }) {
  const { i18n } = useTranslation();
  const [saveLocale] = useMutation(SetMyLocaleDocument);
  const locale: Locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;

  const setLocale = useCallback(
    async (next: Locale) => {
      rememberLocale(next);
      await applyLocale(next);
      if (signedIn) {
        // The profile's language is used for emails and the next sign-in; the UI already switched.
        saveLocale({ variables: { locale: next } }).catch(() => undefined);
      }
    },
    [saveLocale, signedIn],
  );

  return { locale, setLocale };
}
