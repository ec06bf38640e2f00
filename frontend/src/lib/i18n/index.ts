export { formatDateTime } from './format-date-time';
export { createI18n, defaultLanguage, isLanguage, languages, languageStorageKey, type Language } from './i18n';
