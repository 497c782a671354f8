import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { Section } from '@/components/section';
import { NEW_PER_DAY_MAX, RETENTION_MAX, RETENTION_MIN } from '@/domain/review';
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

/** A labelled number input that stores its value only once it is valid; the text stays as typed. */
function NumberField({
  label,
  help,
  value,
  min,
  max,
  step,
  integer,
  onValid,
}: {
  label: string;
  help: string;
  value: number;
  min: number;
  max: number;
  step: number;
  integer?: boolean;
  onValid: (value: number) => void;
}) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const parsed = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(parsed) && parsed >= min && parsed <= max && (!integer || Number.isInteger(parsed));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="help" id={`${id}-help`}>
        {help}
      </p>
      <input
        id={id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={step}
        aria-describedby={`${id}-help`}
        aria-invalid={!valid}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const next = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(next) && next >= min && next <= max && (!integer || Number.isInteger(next))) onValid(next);
        }}
        onBlur={() => {
          if (!valid) setText(String(value));
        }}
      />
    </div>
  );
}

function ReviewFields() {
  const { t } = useTranslation('settings');
  const settings = useAppStore((s) => s.review.settings);
  const setReviewSettings = useAppStore((s) => s.setReviewSettings);
  return (
    <>
      <NumberField
        label={t('desiredRetention')}
        help={t('desiredRetentionHelp', { min: RETENTION_MIN, max: RETENTION_MAX })}
        value={settings.desiredRetention}
        min={RETENTION_MIN}
        max={RETENTION_MAX}
        step={0.01}
        onValid={(desiredRetention) => setReviewSettings({ desiredRetention })}
      />
      <NumberField
        label={t('newCardsPerDay')}
        help={t('newCardsPerDayHelp')}
        value={settings.newCardsPerDay}
        min={0}
        max={NEW_PER_DAY_MAX}
        step={1}
        integer
        onValid={(newCardsPerDay) => setReviewSettings({ newCardsPerDay })}
      />
    </>
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
      <Section title={t('flashcards')}>
        <ReviewFields />
      </Section>
    </Page>
  );
}
