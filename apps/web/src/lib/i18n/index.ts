import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { zhCN } from './zh-CN.ts';
import { en } from './en.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** Chinese first: the product's home market. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';
const STORAGE_KEY = 'panorama.locale';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The language the user picked on this browser, if any. */
export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/** Switches UI texts, dayjs (date pickers) and the document language. */
export async function applyLocale(locale: Locale): Promise<void> {
  dayjs.locale(dayjsLocale(locale));
  document.documentElement.lang = locale;
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

export const dayjsLocale = (locale: string) => (locale === 'zh-CN' ? 'zh-cn' : 'en');

export function initI18n() {
  const locale = storedLocale() ?? DEFAULT_LOCALE;
  void i18n.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  dayjs.locale(dayjsLocale(locale));
  document.documentElement.lang = locale;
  return i18n;
}

export { i18n };
