import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en';
import { fi } from './fi';
import { isLanguage, type Language } from './languages';
import { useLanguageStore } from './language-store';
import { sv } from './sv';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
  lng: useLanguageStore.getState().language,
  fallbackLng: 'fi',
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

useLanguageStore.subscribe((state) => {
  if (i18n.language !== state.language) void i18n.changeLanguage(state.language);
  document.documentElement.lang = state.language;
});
document.documentElement.lang = useLanguageStore.getState().language;

/** The translation function plus the current language, for formatting numbers and dates. */
export function useI18n() {
  const { t } = useTranslation();
  const language = useLanguageStore((state) => state.language);
  return { t, language: isLanguage(language) ? language : ('fi' as Language) };
}
