import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import attachmentsEn from '@/features/attachments/locales/en.json';
import attachmentsRu from '@/features/attachments/locales/ru.json';
import escalationsEn from '@/features/escalations/locales/en.json';
import escalationsRu from '@/features/escalations/locales/ru.json';
import communicationEn from '@/features/communication/locales/en.json';
import communicationRu from '@/features/communication/locales/ru.json';
import knowledgeEn from '@/features/knowledge/locales/en.json';
import knowledgeRu from '@/features/knowledge/locales/ru.json';
import reportsEn from '@/features/reports/locales/en.json';
import reportsRu from '@/features/reports/locales/ru.json';
import wallboardEn from '@/features/wallboard/locales/en.json';
import wallboardRu from '@/features/wallboard/locales/ru.json';
import webhooksEn from '@/features/webhooks/locales/en.json';
import webhooksRu from '@/features/webhooks/locales/ru.json';
import enCommon from './locales/en.json';
import ruCommon from './locales/ru.json';

export const languages = ['ru', 'en'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'ru';
export const languageStorageKey = 'emergency-desk.language';

/** Each feature keeps its own messages beside its code, under a key named after the feature. */
export const ru = {
  ...ruCommon,
  knowledge: knowledgeRu,
  communication: communicationRu,
  attachments: attachmentsRu,
  escalations: escalationsRu,
  webhooks: webhooksRu,
  wallboard: wallboardRu,
  reports: reportsRu,
};
export const en = {
  ...enCommon,
  knowledge: knowledgeEn,
  communication: communicationEn,
  attachments: attachmentsEn,
  escalations: escalationsEn,
  webhooks: webhooksEn,
  wallboard: wallboardEn,
  reports: reportsEn,
};

export const resources = {
  ru: { translation: ru },
  en: { translation: en },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function storedLanguage(storage: Storage | undefined): Language {
  const value = storage?.getItem(languageStorageKey);
  return isLanguage(value) ? value : defaultLanguage;
}

/**
 * A ready i18next instance: the language saved by the switch, else Russian. Every change of
 * language is saved and reflected in `<html lang>`.
 */
export function createI18n(storage: Storage | undefined = globalThis.localStorage): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: storedLanguage(storage),
    fallbackLng: defaultLanguage,
    supportedLngs: languages,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  const reflect = (language: string) => {
    if (!isLanguage(language)) return;
    storage?.setItem(languageStorageKey, language);
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  };
  reflect(instance.language);
  instance.on('languageChanged', reflect);
  return instance;
}
