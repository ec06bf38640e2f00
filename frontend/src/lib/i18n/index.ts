export { formatDateTime } from './format-date-time';
export { formatDuration } from './format-duration';
export { createI18n, defaultLanguage, isLanguage, languages, languageStorageKey, type Language } from './i18n';
