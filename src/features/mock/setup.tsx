import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordingsSettings } from '@/components/recordings-settings';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import { pickText, type Lang } from '@/domain/content';
import { MOCK_LIMITS, MOCK_SOURCES, newMockSessionId, pickPrompts, type MockSource } from '@/domain/mock';
import { isSetAside } from '@/domain/review-queue';
import { clockOf } from '@/lib/review-time';
import { useShortcutsEnabled } from '@/lib/shortcuts';
import { useLiveCardModel } from '@/lib/use-live-cards';
import { useAppStore } from '@/stores/app-store';
import { durationText } from './format';
import { isAskable, promptPool } from './prompts';
import { useVoice } from './read-aloud';
import { RecordSwitch } from './record-switch';

/** A mock about to run: its questions, in order. */
export interface MockPlan {
  readonly id: string;
  readonly planned: readonly string[];
  readonly practice: boolean;
  readonly source: MockSource;
  readonly lang: Lang;
  readonly startedAt: number;
}

export function newPlan(planned: readonly string[], practice: boolean, source: MockSource, lang: Lang, now = Date.now()): MockPlan {
  return { id: newMockSessionId(now), planned, practice, source, lang, startedAt: now };
}

const TARGETS = [60, 90, 120, 150, 180, 240, 300];
const LIMITS = [60, 90, 120, 150, 180, 240, 300, 360, 480];
const FOLLOW_UP_TARGETS = [30, 45, 60, 90, 120];
const FOLLOW_UP_COUNTS = [0, 1, 2, 3, 4, 5];
const QUESTION_COUNTS = Array.from({ length: 10 }, (_, i) => i + 1);

function SelectField({
  label,
  help,
  value,
  options,
  format,
  onChange,
}: {
  label: string;
  help?: string;
  value: number;
  options: readonly number[];
  format: (n: number) => string;
  onChange: (n: number) => void;
}) {
  const id = useId();
  const list = options.includes(value) ? options : [...options, value].sort((a, b) => a - b);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {help !== undefined && (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      <select id={id} value={value} aria-describedby={help !== undefined ? `${id}-help` : undefined} onChange={(e) => onChange(Number(e.target.value))}>
        {list.map((n) => (
          <option key={n} value={n}>
            {format(n)}
          </option>
        ))}
      </select>
    </div>
  );
}

function MockSettingsPanel() {
  const { t } = useTranslation('mock');
  const lang = useLang();
  const voice = useVoice(lang);
  const settings = useAppStore((s) => s.mock.settings);
  const set = useAppStore((s) => s.setMockSettings);
  const duration = (n: number): string => durationText(n, t);
  const readAloudId = useId();
  return (
    <details className="mock-settings">
      <summary>{t('setup.settings')}</summary>
      <div className="settings-grid">
        <SelectField
          label={t('setup.target')}
          value={settings.targetSeconds}
          options={TARGETS}
          format={duration}
          onChange={(n) => set({ targetSeconds: n, limitSeconds: Math.max(settings.limitSeconds, n) })}
        />
        <SelectField
          label={t('setup.limit')}
          help={t('setup.limitHelp')}
          value={settings.limitSeconds}
          options={LIMITS.filter((n) => n >= settings.targetSeconds)}
          format={duration}
          onChange={(n) => set({ limitSeconds: n })}
        />
        <SelectField
          label={t('setup.followUpTarget')}
          help={t('setup.followUpHelp')}
          value={settings.followUpSeconds}
          options={FOLLOW_UP_TARGETS}
          format={duration}
          onChange={(n) => set({ followUpSeconds: n })}
        />
        <SelectField
          label={t('setup.followUps')}
          value={settings.followUpsPerQuestion}
          options={FOLLOW_UP_COUNTS}
          format={String}
          onChange={(n) => set({ followUpsPerQuestion: n })}
        />
      </div>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={settings.readAloud && voice !== null}
            disabled={voice === null}
            aria-describedby={`${readAloudId}-help`}
            onChange={(e) => set({ readAloud: e.target.checked })}
          />
          {t('setup.readAloud')}
        </label>
        <p className="help" id={`${readAloudId}-help`}>
          {voice === null ? t('setup.noVoice') : t('setup.readAloudHelp')}
        </p>
      </div>
      <RecordingsSettings />
    </details>
  );
}

/** The setup of a mock: what to practise, how many questions, practice only, recording. */
export function Setup({ onBegin }: { onBegin: (plan: MockPlan) => void }) {
  const { t } = useTranslation(['mock', 'recordings']);
  const lang = useLang();
  const model = useLiveCardModel();
  const shortcuts = useShortcutsEnabled();
  const count = useAppStore((s) => s.mock.settings.questions);
  const setMockSettings = useAppStore((s) => s.setMockSettings);
  const ids = useId();
  const [source, setSource] = useState<MockSource>('due');
  const [principles, setPrinciples] = useState<readonly string[]>([]);
  const [questions, setQuestions] = useState<readonly string[]>([]);
  const [practice, setPractice] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const anyPrompt = useMemo(() => promptPool(model, 'due', []).length > 0, [model]);

  const toggle = (list: readonly string[], id: string, on: boolean): string[] => (on ? [...list, id] : list.filter((x) => x !== id));

  const begin = (event: FormEvent): void => {
    event.preventDefault();
    const chosen = source === 'principles' ? principles : source === 'questions' ? questions : [];
    if (source === 'principles' && chosen.length === 0) return setProblem(t('setup.pickPrinciple'));
    if (source === 'questions' && chosen.length === 0) return setProblem(t('setup.pickQuestion'));
    const now = Date.now();
    const { review } = useAppStore.getState();
    const clock = clockOf(review);
    const today = clock.key(clock.day(now));
    const planned = pickPrompts({
      source,
      // Suspended cards, and cards buried for today, stay out of a due or random mock (as out of
      // review); a principle or question chosen by name is asked even so.
      pool: promptPool(model, source, chosen).filter((id) => source === 'principles' || source === 'questions' || !isSetAside(review.flags[id], today)),
      cards: review.cards,
      // Due today: before the next study day starts (review's `Start of day`, in this timezone).
      dueBefore: clock.dayStart(clock.day(now) + 1),
      count,
      random: Math.random,
    });
    if (planned.length === 0) return setProblem(t('setup.nothing'));
    setProblem(null);
    onBegin(newPlan(planned, practice, source, lang, now));
  };

  if (!anyPrompt) return <p className="notice">{t('setup.nothing')}</p>;

  return (
    <Section title={t('setup.title')} className="mock-setup">
      <form onSubmit={begin} noValidate aria-describedby={problem ? `${ids}-problem` : undefined}>
        <fieldset className="field">
          <legend>{t('setup.source')}</legend>
          {MOCK_SOURCES.map((value) => (
            <div key={value} className="choice">
              <label className="check">
                <input
                  type="radio"
                  name={`${ids}-source`}
                  value={value}
                  checked={source === value}
                  aria-describedby={`${ids}-${value}`}
                  onChange={() => {
                    setSource(value);
                    setProblem(null);
                  }}
                />
                {t(`setup.sources.${value}`)}
              </label>
              <p className="help" id={`${ids}-${value}`}>
                {t(`setup.sourceHelp.${value}`)}
              </p>
            </div>
          ))}
        </fieldset>
        {source === 'principles' && (
          <fieldset className="field pick-list">
            <legend>{t('setup.principles')}</legend>
            {model.principles.map((p) => (
              <label key={p.id} className="check">
                <input type="checkbox" checked={principles.includes(p.id)} onChange={(e) => setPrinciples(toggle(principles, p.id, e.target.checked))} />
                {p.title[lang]}
              </label>
            ))}
          </fieldset>
        )}
        {source === 'questions' && (
          <fieldset className="field pick-list">
            <legend>{t('setup.questions')}</legend>
            {model.questions
              .filter((q) => isAskable(model, q.id))
              .map((q) => (
                <label key={q.id} className="check">
                  <input type="checkbox" checked={questions.includes(q.id)} onChange={(e) => setQuestions(toggle(questions, q.id, e.target.checked))} />
                  {pickText(q.prompt, lang)}
                </label>
              ))}
          </fieldset>
        )}
        <div className="field">
          <label htmlFor={`${ids}-count`}>{t('setup.count')}</label>
          <select id={`${ids}-count`} value={count} onChange={(e) => setMockSettings({ questions: Number(e.target.value) })}>
            {(QUESTION_COUNTS.includes(count) ? QUESTION_COUNTS : [...QUESTION_COUNTS, count].filter((n) => n <= MOCK_LIMITS.questions.max)).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="check">
            <input type="checkbox" checked={practice} aria-describedby={`${ids}-practice`} onChange={(e) => setPractice(e.target.checked)} />
            {t('setup.practice')}
          </label>
          <p className="help" id={`${ids}-practice`}>
            {t('setup.practiceHelp')}
          </p>
        </div>
        <RecordSwitch />
        {problem !== null && (
          <p className="field-error" id={`${ids}-problem`} role="alert">
            {problem}
          </p>
        )}
        <p>
          <button type="submit" className="button begin">
            {t('setup.begin')}
          </button>
        </p>
      </form>
      <MockSettingsPanel />
      {shortcuts && (
        <p className="meta keys-help">
          <strong>{t('setup.keysTitle')}:</strong> {t('setup.keys')}
        </p>
      )}
    </Section>
  );
}
