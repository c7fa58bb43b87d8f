import { useId } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../i18n/languages';
import { useLanguageStore } from '../i18n/language-store';
import { useI18n } from '../i18n/i18n';

export function LanguageSwitcher() {
  const { t, language } = useI18n();
  const setLanguage = useLanguageStore((state) => state.setLanguage);
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
