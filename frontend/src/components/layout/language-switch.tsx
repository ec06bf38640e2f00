import { useTranslation } from 'react-i18next';
import { isLanguage, languages } from '@/lib/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch">
      <label htmlFor="language-switch">{t('header.language')}</label>
      <select
        id="language-switch"
        value={i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (isLanguage(language)) void i18n.changeLanguage(language);
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
