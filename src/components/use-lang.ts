import { useTranslation } from 'react-i18next';
import type { Lang } from '@/domain/content';

/** The UI language in use now. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'ko' ? 'ko' : 'en';
}
