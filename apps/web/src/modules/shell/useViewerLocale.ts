import { useEffect } from 'react';
import { applyLocale, isLocale, storedLocale } from '../../lib/i18n/index.ts';
import { useViewer } from '../auth/useViewer.ts';

/**
 * On a browser where the user never picked a language, use the one saved on their profile.
 * A choice made in this browser wins (it is also sent to the profile when made).
 */
export function useViewerLocale() {
  const { user } = useViewer();
  const profileLocale = user?.locale;
  useEffect(() => {
    if (!storedLocale() && isLocale(profileLocale)) void applyLocale(profileLocale);
  }, [profileLocale]);
}
