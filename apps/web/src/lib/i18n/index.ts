import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { zhCN, type Messages } from './zh-CN.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** Chinese first: the product's home market. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';
const STORAGE_KEY = 'panorama.locale';

/**
 * Chinese ships with the app (it is the default and every language's fallback); English is
 * fetched the first time it is needed, so Chinese users never download it.
 */
const RESOURCES: Record<Locale, () => Promise<Messages>> = {
  'zh-CN': async () => zhCN,
  en: () => import('./en.ts').then((m) => m.en),
};

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

/** Makes a language's texts available (e.g. to `i18n.getFixedT`); resolves at once when they already are. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation')) return;
  i18n.addResourceBundle(locale, 'translation', await RESOURCES[locale](), true, true);
}

/** Switches UI texts, dayjs (date pickers) and the document language. */
export async function applyLocale(locale: Locale): Promise<void> {
  await loadLocale(locale);
  dayjs.locale(dayjsLocale(locale));
  document.documentElement.lang = locale;
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

export const dayjsLocale = (locale: string) => (locale === 'zh-CN' ? 'zh-cn' : 'en');

/** Resolves once the texts of the language this browser uses are loaded: render after it. */
export async function initI18n() {
  const locale = storedLocale() ?? DEFAULT_LOCALE;
  void i18n.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN } },
    partialBundledLanguages: true,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await loadLocale(locale);
  dayjs.locale(dayjsLocale(locale));
  document.documentElement.lang = locale;
  return i18n;
}

export { i18n };
