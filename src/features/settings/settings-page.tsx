import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { RecordingsSettings } from '@/components/recordings-settings';
import { Section } from '@/components/section';
import { NEW_PER_DAY_MAX, RETENTION_MAX, RETENTION_MIN } from '@/domain/review';
import { useLang } from '@/components/use-lang';
import type { Lang } from '@/domain/content';
import { isIsoDate, THEMES, type Theme } from '@/domain/settings';
import { DAY_START_HOURS } from '@/domain/study-day';
import { formatDate } from '@/lib/dates';
import { downloadText } from '@/lib/download';
import { persistence, STORAGE_KEY, usePersistenceStatus, useAppStore } from '@/stores/app-store';
import { readBackup, type BackupProblem, type ReadBackup } from '@/stores/backup';
import { exportBackup, importUserData, restoreSnapshot, storedSnapshot, unreadableCopies } from '@/stores/backup-actions';
import { mergeBackup, planMergeNow, type MergePlan } from '@/stores/import-merge';
import { PREVIEW_KINDS, type PreviewKind } from '@/stores/merge';

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

/** The single-key shortcuts, on by default; off for people whose speech input or stray keys trigger them (WCAG 2.1.4). */
function ShortcutsField() {
  const { t } = useTranslation('settings');
  const id = useId();
  const on = useAppStore((s) => s.settings.shortcuts);
  const setShortcuts = useAppStore((s) => s.setShortcuts);
  return (
    <div className="field">
      <label className="check">
        <input type="checkbox" checked={on} aria-describedby={`${id}-help`} onChange={(e) => setShortcuts(e.target.checked)} />
        {t('shortcuts')}
      </label>
      <p className="help" id={`${id}-help`}>
        {t('shortcutsHelp')}
      </p>
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

/**
 * A labelled number input that stores its value only once it is valid. While the user edits it, it
 * shows what they type; otherwise it follows the store (an import, a restore, another tab).
 */
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
  const [editing, setEditing] = useState<string | null>(null);
  const text = editing ?? String(value);
  const isValid = (input: string): boolean => {
    const parsed = Number(input);
    return input.trim() !== '' && Number.isFinite(parsed) && parsed >= min && parsed <= max && (!integer || Number.isInteger(parsed));
  };
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
        aria-invalid={!isValid(text)}
        value={text}
        onFocus={() => setEditing(String(value))}
        onChange={(e) => {
          setEditing(e.target.value);
          if (isValid(e.target.value)) onValid(Number(e.target.value));
        }}
        onBlur={() => setEditing(null)}
      />
    </div>
  );
}

/** A stored time as people read it (stored times are bounded; one out of range reads as unknown). */
function formatTime(at: number, lang: Lang): string {
  return formatDate(at, lang, { time: true });
}

function useProblemText(): (problem: BackupProblem) => string {
  const { t } = useTranslation('settings');
  return (problem) => {
    switch (problem.kind) {
      case 'empty':
        return t('backup.errors.empty');
      case 'json':
        return t('backup.errors.json');
      case 'foreign':
        return t('backup.errors.foreign');
      case 'newer':
        return t('backup.errors.newer', { version: problem.version });
      case 'version':
        return t('backup.errors.version', { detail: problem.detail });
      case 'invalid':
        return t('backup.errors.invalid', { detail: problem.detail });
    }
  };
}

type Action = 'merge' | 'replace' | 'restore';

type ImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'problem'; readonly message: string }
  | { readonly step: 'confirm'; readonly backup: ReadBackup; readonly fileName: string; readonly plan: MergePlan }
  /** Writing is stopped to protect stored data and no copy of it could be kept: the user decides. */
  | { readonly step: 'needs-copy'; readonly action: Action; readonly backup: ReadBackup | null }
  | { readonly step: 'done'; readonly message: string };

const KIND_LABELS = {
  stories: 'backup.kinds.stories',
  questionDrafts: 'backup.kinds.questionDrafts',
  cards: 'backup.kinds.cards',
  questions: 'backup.kinds.questions',
  notes: 'backup.kinds.notes',
  reviews: 'backup.kinds.reviews',
  mocks: 'backup.kinds.mocks',
} as const satisfies Record<PreviewKind, string>;

/**
 * Per kind: what a merge adds, changes and leaves to choose (a table narrow enough for a phone),
 * then what a replace would lose, as a list of the kinds it would lose something of.
 */
function ImportPreview({ plan }: { plan: MergePlan }) {
  const { t } = useTranslation('settings');
  const { preview } = plan;
  const losesId = useId();
  const lost = PREVIEW_KINDS.filter((kind) => preview[kind].loses > 0);
  const cell = (n: number) => <td className={n === 0 ? 'zero' : undefined}>{n}</td>;
  return (
    <div className="import-preview">
      <table>
        <caption>{t('backup.preview.merge')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('backup.preview.adds')}</th>
            <th scope="col">{t('backup.preview.changes')}</th>
            <th scope="col">{t('backup.preview.conflicts')}</th>
          </tr>
        </thead>
        <tbody>
          {PREVIEW_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t(KIND_LABELS[kind])}</th>
              {cell(preview[kind].adds)}
              {cell(preview[kind].changes)}
              {cell(preview[kind].conflicts)}
            </tr>
          ))}
        </tbody>
      </table>
      {preview.reviews.changes > 0 && <p className="help">{t('backup.preview.reviewsNote')}</p>}
      <p>{plan.unchanged ? t('backup.mergeNothing') : t('backup.mergeHelp')}</p>
      {lost.length === 0 ? (
        <p>{t('backup.preview.replaceNothing')}</p>
      ) : (
        <>
          <p id={losesId}>
            <strong>{t('backup.preview.replace')}</strong>
          </p>
          <ul aria-labelledby={losesId} className="replace-loses">
            {lost.map((kind) => (
              <li key={kind}>{t(`backup.preview.loses.${kind}`, { count: preview[kind].loses })}</li>
            ))}
          </ul>
        </>
      )}
      <p>{t('backup.replaceHelp')}</p>
    </div>
  );
}

/** When the snapshot an import left was taken, following imports, restores and other tabs. */
function useSnapshotTime(): number | null {
  const keys = usePersistenceStatus((s) => s.keys);
  return useMemo(() => (keys >= 0 ? (storedSnapshot()?.takenAt ?? null) : null), [keys]);
}

/** A kept copy the user chose to restore, handed from the storage section to the backup section's preview. */
interface CopyRequest {
  readonly text: string;
  readonly name: string;
}

function BackupSection({ request }: { request: CopyRequest | null }) {
  const { t } = useTranslation('settings');
  const lang = useLang();
  const inputId = useId();
  const lastBackupAt = useAppStore((s) => s.meta.lastBackupAt);
  const problemText = useProblemText();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const snapshotAt = useSnapshotTime();
  // Each step of an import ends with focus on what it says: the problem, the summary, the result.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.step !== 'idle') outcome.current?.focus();
  }, [state]);

  /** A backup file or a kept copy of stored data: read, then previewed as a merge and as a replace. */
  const openText = (text: string, name: string): void => {
    const result = readBackup(text);
    if (!result.ok) {
      setState({ step: 'problem', message: problemText(result.problem) });
      return;
    }
    setState({ step: 'confirm', backup: result.backup, fileName: name, plan: planMergeNow(result.backup.data) });
  };
  const chooseFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ step: 'problem', message: t('backup.errors.read') });
      return;
    }
    openText(text, file.name);
  };
  const opened = useRef<CopyRequest | null>(null);
  useEffect(() => {
    if (request === null || opened.current === request) return;
    opened.current = request;
    openText(request.text, request.name);
  });

  const run = (action: Action, backup: ReadBackup | null, withoutCopy = false): void => {
    const result =
      action === 'merge' && backup
        ? mergeBackup(backup.data, Date.now(), withoutCopy)
        : action === 'replace' && backup
          ? importUserData(backup.data, Date.now(), withoutCopy)
          : restoreSnapshot(Date.now(), withoutCopy);
    if (result === null) return;
    if (!result.ok) {
      setState(
        result.reason === 'needs-copy'
          ? { step: 'needs-copy', action, backup }
          : { step: 'problem', message: t('backup.snapshotFailed', { message: result.message }) },
      );
      return;
    }
    const conflicts = useAppStore.getState().conflicts.length;
    const message =
      'unchanged' in result
        ? t('backup.unchanged')
        : action === 'merge'
          ? `${t('backup.merged')}${conflicts > 0 ? ` ${t('backup.mergedConflicts', { count: conflicts })}` : ''}`
          : action === 'replace'
            ? t('backup.imported')
            : t('backup.restored');
    setState({ step: 'done', message });
  };

  return (
    <Section title={t('backup.title')}>
      <p>{t('backup.lead')}</p>
      <p>{lastBackupAt === null ? t('backup.never') : t('backup.last', { when: formatTime(lastBackupAt, lang) })}</p>
      <div className="field">
        <button
          type="button"
          className="button"
          onClick={() => {
            const { fileName, text } = exportBackup();
            downloadText(fileName, text);
          }}
        >
          {t('backup.export')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={inputId}>{t('backup.import')}</label>
        <p className="help" id={`${inputId}-help`}>
          {t('backup.importHelp')}
        </p>
        <input
          id={inputId}
          type="file"
          accept=".json,.txt,application/json,text/plain"
          aria-describedby={`${inputId}-help`}
          onChange={(e) => {
            const input = e.currentTarget;
            void chooseFile(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }}
        />
      </div>
      {state.step === 'problem' && (
        <div ref={outcome} tabIndex={-1} role="alert" className="notice error">
          <p>{state.message}</p>
        </div>
      )}
      {state.step === 'confirm' && (
        <div ref={outcome} tabIndex={-1} className="notice" role="group" aria-label={state.fileName}>
          <p>
            {state.backup.kind === 'copy'
              ? t('backup.summaryCopy')
              : state.backup.exportedAt === null
                ? t('backup.summaryNoTime')
                : t('backup.summary', { when: formatTime(state.backup.exportedAt, lang) })}
          </p>
          {state.backup.unread.length > 0 && (
            <details className="unread-parts">
              <summary>{t('backup.unread', { count: state.backup.unread.length })}</summary>
              <ul>
                {state.backup.unread.map((part) => (
                  <li key={part}>
                    <code>{part}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <ImportPreview plan={state.plan} />
          <div className="row">
            <button type="button" className="button" onClick={() => run('merge', state.backup)}>
              {t('backup.merge')}
            </button>
            <button type="button" className="button ghost" onClick={() => run('replace', state.backup)}>
              {t('backup.replace')}
            </button>
            <button type="button" className="button ghost" onClick={() => setState({ step: 'idle' })}>
              {t('backup.cancel')}
            </button>
          </div>
        </div>
      )}
      {state.step === 'needs-copy' && (
        <div ref={outcome} tabIndex={-1} role="alert" className="notice error">
          <p>{t('backup.needsCopy')}</p>
          <div className="row">
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadText(`loop-prep-stored-${new Date().toISOString().slice(0, 10)}.txt`, persistence.readKey(STORAGE_KEY) ?? '', 'text/plain')
              }
            >
              {t('backup.downloadStored')}
            </button>
            <button type="button" className="button ghost" onClick={() => run(state.action, state.backup, true)}>
              {t('backup.goOnWithoutCopy')}
            </button>
            <button type="button" className="button ghost" onClick={() => setState({ step: 'idle' })}>
              {t('backup.cancel')}
            </button>
          </div>
        </div>
      )}
      {state.step === 'done' && (
        <div ref={outcome} tabIndex={-1} role="status" className="notice">
          <p>{state.message}</p>
        </div>
      )}
      {snapshotAt !== null && (
        <div className="field">
          <p>{t('backup.snapshot', { when: formatTime(snapshotAt, lang) })}</p>
          <button type="button" className="button ghost" onClick={() => run('restore', null)}>
            {t('backup.restore')}
          </button>
        </div>
      )}
    </Section>
  );
}

function UnreadableCopies({ onRestore }: { onRestore: (request: CopyRequest) => void }) {
  const { t } = useTranslation('settings');
  const lang = useLang();
  const keys = usePersistenceStatus((s) => s.keys);
  const copies = useMemo(() => (keys >= 0 ? unreadableCopies() : []), [keys]);
  const [confirming, setConfirming] = useState<string | null>(null);
  if (copies.length === 0) return null;
  return (
    <div className="field">
      <p>
        <strong>{t('storage.unreadable')}</strong>
      </p>
      <ul className="link-list">
        {copies.map((copy) => (
          <li key={copy.key}>
            <span>{t('storage.unreadableItem', { when: formatTime(copy.at, lang) })}</span>{' '}
            <button type="button" className="button small" onClick={() => onRestore({ text: copy.text, name: copy.key })}>
              {t('storage.restore')}
            </button>{' '}
            <button type="button" className="button ghost small" onClick={() => downloadText(`${copy.key.replace(/:/g, '-')}.txt`, copy.text, 'text/plain')}>
              {t('storage.download')}
            </button>{' '}
            {confirming === copy.key ? (
              <span role="group" aria-label={t('storage.confirmDelete')} className="row">
                <span>{t('storage.confirmDelete')}</span>
                <button
                  type="button"
                  className="button danger small"
                  onClick={() => {
                    persistence.removeKey(copy.key);
                    setConfirming(null);
                  }}
                >
                  {t('storage.confirm')}
                </button>
                <button type="button" className="button ghost small" onClick={() => setConfirming(null)}>
                  {t('storage.cancel')}
                </button>
              </span>
            ) : (
              <button type="button" className="button ghost small" onClick={() => setConfirming(copy.key)}>
                {t('storage.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
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
      <DayStartField />
      <InterviewModeField />
    </>
  );
}

/** `Start of day`: the hour a study day begins (queue, limits, streak, heatmap, scheduling). */
function DayStartField() {
  const { t } = useTranslation('settings');
  const id = useId();
  const hour = useAppStore((s) => s.review.settings.dayStartHour);
  const setReviewSettings = useAppStore((s) => s.setReviewSettings);
  const lang = useLang();
  const format = new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  return (
    <div className="field">
      <label htmlFor={id}>{t('dayStart')}</label>
      <p className="help" id={`${id}-help`}>
        {t('dayStartHelp')}
      </p>
      <select id={id} aria-describedby={`${id}-help`} value={hour} onChange={(e) => setReviewSettings({ dayStartHour: Number(e.target.value) })}>
        {DAY_START_HOURS.map((h) => (
          <option key={h} value={h}>
            {format.format(Date.UTC(2026, 0, 1, h))}
          </option>
        ))}
      </select>
    </div>
  );
}

function InterviewModeField() {
  const { t } = useTranslation('settings');
  const id = useId();
  const on = useAppStore((s) => s.review.settings.interviewMode);
  const date = useAppStore((s) => s.settings.interviewDate);
  const setReviewSettings = useAppStore((s) => s.setReviewSettings);
  return (
    <div className="field">
      <div className="row">
        <input id={id} type="checkbox" checked={on} aria-describedby={`${id}-help`} onChange={(e) => setReviewSettings({ interviewMode: e.target.checked })} />
        <label htmlFor={id}>{t('interviewMode')}</label>
      </div>
      <p className="help" id={`${id}-help`}>
        {t('interviewModeHelp')} {date === null && t('interviewModeNoDate')}
      </p>
    </div>
  );
}

function StorageSection({ onRestore }: { onRestore: (request: CopyRequest) => void }) {
  const { t } = useTranslation('settings');
  const persistent = usePersistenceStatus((s) => s.persistent);
  const text =
    persistent === 'granted'
      ? t('storage.granted')
      : persistent === 'not-granted'
        ? t('storage.notGranted')
        : persistent === 'unsupported'
          ? t('storage.unsupported')
          : t('storage.unknown');
  return (
    <Section title={t('storage.title')}>
      <p className={`persistence persistence-${persistent}`}>{text}</p>
      <UnreadableCopies onRestore={onRestore} />
    </Section>
  );
}

export function SettingsPage() {
  // The recordings' words load with the page, so their section does not wait on its own.
  const { t } = useTranslation(['settings', 'recordings']);
  const [copyRequest, setCopyRequest] = useState<CopyRequest | null>(null);
  return (
    <Page title={t('title')}>
      <Section title={t('appearance')}>
        <LanguageField />
        <ThemeField />
      </Section>
      <Section title={t('keyboard')}>
        <ShortcutsField />
      </Section>
      <Section title={t('interview')}>
        <InterviewDateField />
      </Section>
      <Section title={t('flashcards')}>
        <ReviewFields />
      </Section>
      <Section title={t('recordings:title')}>
        <RecordingsSettings />
      </Section>
      <BackupSection request={copyRequest} />
      <StorageSection onRestore={setCopyRequest} />
    </Page>
  );
}
