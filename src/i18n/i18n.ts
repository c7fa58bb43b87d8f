import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { fiCore } from './fi-core';
import { isLanguage, type Language } from './languages';
import { useLanguageStore } from './language-store';
import type { Messages } from './messages';

export const i18n = i18next.createInstance();

// Finnish is the default and the fallback, so the part the first view needs ships with it and the rest
// comes with the first page that needs it; Swedish and English are fetched whole when someone chooses
// them (or comes back having chosen them). That keeps the first view light.
const loaders: Record<Exclude<Language, 'fi'>, () => Promise<Messages>> = {
  sv: () => import('./sv').then((module) => module.sv),
  en: () => import('./en').then((module) => module.en),
};

void i18n.use(initReactI18next).init({
  resources: { fi: { translation: fiCore } },
  lng: 'fi',
  fallbackLng: 'fi',
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

let finnishRest: Promise<void> | null = null;

/** Loads the Finnish of the pages outside the first view; every lazily loaded page waits for it. */
export function loadAllMessages(): Promise<void> {
  finnishRest ??= import('./fi-rest').then(({ fiRest }) => {
    i18n.addResourceBundle('fi', 'translation', fiRest, true, false);
  });
  return finnishRest;
}

/** Loads `language`'s messages if needed, then switches the UI (and the page's lang) to it. */
export async function applyLanguage(language: Language): Promise<void> {
  if (language !== 'fi' && !i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await loaders[language]());
  }
  // The reader may have chosen yet another language while this one loaded.
  if (useLanguageStore.getState().language !== language) return;
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Resolves once the remembered language is in use: the app renders after it, so nobody sees a flash of Finnish. */
export const i18nReady: Promise<void> = applyLanguage(useLanguageStore.getState().language).catch((error: unknown) => {
  console.warn('The chosen language could not be loaded; showing Finnish.', error);
});

useLanguageStore.subscribe((state) => {
  if (i18n.language !== state.language) {
    applyLanguage(state.language).catch((error: unknown) => console.warn('The chosen language could not be loaded.', error));
  }
});

/** The translation function plus the language the UI is shown in, for formatting numbers and dates. */
export function useI18n() {
  const { t, i18n: instance } = useTranslation();
  const language = instance.language;
  return { t, language: isLanguage(language) ? language : ('fi' as Language) };
}
