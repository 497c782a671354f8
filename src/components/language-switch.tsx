import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/stores/app-store';
import { useLang } from './use-lang';

/** One button, on every page, that switches to the other language; the choice persists. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useLang();
  const setLanguage = useAppStore((s) => s.setLanguage);
  const other = lang === 'ko' ? 'en' : 'ko';
  return (
    <button type="button" className="button ghost language-switch" lang={other} onClick={() => setLanguage(other)}>
      {t('language.switchTo')}
    </button>
  );
}
