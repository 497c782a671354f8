import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { Section } from '@/components/section';
import { isIsoDate, THEMES, type Theme } from '@/domain/settings';
import { useAppStore } from '@/stores/app-store';

function LanguageField() {
  const { t } = useTranslation('settings');
  const id = useId();
  const language = useAppStore((s) => s.settings.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const { i18n } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t('language')}</label>
      <select id={id} value={language ?? i18n.resolvedLanguage ?? 'en'} onChange={(e) => setLanguage(e.target.value === 'ko' ? 'ko' : 'en')}>
        <option value="en" lang="en">
          English
        </option>
        <option value="ko" lang="ko">
          한국어
        </option>
      </select>
    </div>
  );
}

function ThemeField() {
  const { t } = useTranslation('settings');
  const id = useId();
  const theme = useAppStore((s) => s.settings.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <div className="field">
      <label htmlFor={id}>{t('theme')}</label>
      <select id={id} value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {t(`themes.${value}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function InterviewDateField() {
  const { t } = useTranslation('settings');
  const id = useId();
  const date = useAppStore((s) => s.settings.interviewDate);
  const setInterviewDate = useAppStore((s) => s.setInterviewDate);
  return (
    <div className="field">
      <label htmlFor={id}>{t('interviewDate')}</label>
      <p className="help" id={`${id}-help`}>
        {t('interviewDateHelp')}
      </p>
      <div className="row">
        <input
          id={id}
          type="date"
          aria-describedby={`${id}-help`}
          value={date ?? ''}
          onChange={(e) => setInterviewDate(isIsoDate(e.target.value) ? e.target.value : null)}
        />
        {date !== null && (
          <button type="button" className="button ghost" onClick={() => setInterviewDate(null)}>
            {t('clearDate')}
          </button>
        )}
      </div>
    </div>
  );
}

export function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <Page title={t('title')}>
      <Section title={t('appearance')}>
        <LanguageField />
        <ThemeField />
      </Section>
      <Section title={t('interview')}>
        <InterviewDateField />
      </Section>
    </Page>
  );
}
