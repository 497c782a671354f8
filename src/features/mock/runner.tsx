import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entries as bankEntries } from 'virtual:loop-prep/content/follow-ups';
import { Page } from '@/components/page';
import { useLang } from '@/components/use-lang';
import { keyLine, type PromptCardFace, type StoryFace } from '@/domain/cards';
import { pickText, STAR_SECTIONS } from '@/domain/content';
import { followUpLimitSeconds, followUpOrder, type FollowUpItem, type MockFigures, type MockItem, type MockSession, type MockSettings } from '@/domain/mock';
import { clockText, createTimer, readTimer, startTimer, stopTimer, type TimerAnnouncement, type TimerState } from '@/domain/mock-timer';
import { GRADE_NAMES, GRADES, type Grade } from '@/domain/review';
import { useCardFace } from '@/lib/card-faces';
import { shortcutsEnabled, useShortcutsEnabled } from '@/lib/shortcuts';
import { useLiveCardModel } from '@/lib/use-live-cards';
import { useAppStore } from '@/stores/app-store';
import { gradeMockAnswer, intervalText, mockGradePreview } from './grade';
import { promptPrinciples, sourceOf } from './prompts';
import { speak, stopSpeaking, useVoice } from './read-aloud';
import { RecordSwitch } from './record-switch';
import { newPlan, type MockPlan } from './setup';
import { AboutFigures } from './figures-view';
import { SessionSummary, type RecordingUrl } from './summary';
import { TakeView, takeFileName } from './take-view';
import { TimerView } from './timer-view';
import { useTakes } from './use-takes';

/** `answer`, or the index of the follow-up shown (in the question's offered list). */
type Step = 'answer' | number;

type Focus = 'question' | 'stop' | 'after' | 'follow-up' | 'summary' | null;

interface RunState {
  readonly index: number;
  readonly step: Step;
  readonly timer: TimerState;
  readonly peekOpen: boolean;
  /** Where focus goes after the last action; `seq` makes the same target count again. */
  readonly focus: { readonly to: Focus; readonly seq: number };
  readonly done: boolean;
  readonly finishedAt: number | null;
  /** When the last take was stopped: the grade buttons' intervals are as of then. */
  readonly lastStop: number;
}

const answerTimer = (s: MockSettings): TimerState => createTimer({ targetMs: s.targetSeconds * 1000, limitMs: s.limitSeconds * 1000 });
const followUpTimer = (s: MockSettings): TimerState => createTimer({ targetMs: s.followUpSeconds * 1000, limitMs: followUpLimitSeconds(s) * 1000 });

/** Keys act on the mock unless the person is typing or on a control that Space and Enter press. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a, summary, audio, [role="button"], [role="switch"]') !== null;
}

function usePromptText(face: PromptCardFace | undefined, fallback: string): string {
  const { t } = useTranslation('mock');
  const lang = useLang();
  if (face === undefined) return fallback;
  if (face.prompt !== null) return pickText(face.prompt, lang);
  return t('run.lpPrompt', { title: face.title?.[lang] ?? face.sourceId });
}

/** Peek: the first line of each written STAR section of the linked stories, and the key points' first line. */
function PeekNotes({ face }: { face: PromptCardFace }) {
  const { t } = useTranslation(['mock', 'common']);
  const id = useId();
  const stories = face.stories.length > 0 ? face.stories : face.otherStories;
  const story = (s: StoryFace) => {
    const lines = STAR_SECTIONS.map((section) => [section, keyLine(s.star[section])] as const).filter(([, line]) => line !== '');
    return (
      <li key={s.id}>
        <p className="peek-story">{s.title.trim() || '—'}</p>
        {lines.length > 0 && (
          <dl className="peek-lines">
            {lines.map(([section, line]) => (
              <div key={section}>
                <dt>{t(`common:star.${section}`)}</dt>
                <dd>{line}</dd>
              </div>
            ))}
          </dl>
        )}
      </li>
    );
  };
  const keyPoints = keyLine(face.keyPoints);
  return (
    <section className="card peek" aria-labelledby={id}>
      <h3 id={id}>{t('run.peekTitle')}</h3>
      {keyPoints !== '' && (
        <p>
          <strong>{t('run.keyPoints')}:</strong> {keyPoints}
        </p>
      )}
      {stories.length === 0 ? (
        <p className="meta">{t('run.noStories')}</p>
      ) : (
        <>
          {face.stories.length === 0 && <p className="meta">{t('run.otherStories')}</p>}
          <ul className="peek-list">{stories.map(story)}</ul>
        </>
      )}
    </section>
  );
}

/** A running mock: one question at a time, its answer, its follow-ups, its grade; then the summary. */
export function Runner({ plan, onExit }: { plan: MockPlan; onExit: (next?: MockPlan) => void }) {
  const { t } = useTranslation(['mock', 'common', 'recordings']);
  // The UI language: the question, its follow-ups and the voice all follow it.
  const lang = useLang();
  const ids = useId();
  const shortcuts = useShortcutsEnabled();
  const model = useLiveCardModel();
  const settings = useAppStore((s) => s.mock.settings);
  const saveMockSession = useAppStore((s) => s.saveMockSession);
  // The targets are fixed for the whole mock, whatever the settings do meanwhile.
  const [targets] = useState(() => ({ targetSeconds: settings.targetSeconds, followUpSeconds: settings.followUpSeconds }));
  const [state, setState] = useState<RunState>(() => ({
    index: 0,
    step: 'answer',
    timer: answerTimer(settings),
    peekOpen: false,
    focus: { to: 'question', seq: 0 },
    done: false,
    finishedAt: null,
    lastStop: 0,
  }));
  const [record, setRecord] = useState<{ readonly items: readonly MockItem[]; readonly updatedAt: number }>(() => ({ items: [], updatedAt: plan.startedAt }));
  const items = record.items;
  const [announcement, setAnnouncement] = useState('');
  const card = plan.planned[state.index] ?? '';
  const face = useCardFace(card);
  const promptFace = face?.kind === 'prompt' ? face : undefined;
  const hasFace = promptFace !== undefined;
  const promptText = usePromptText(promptFace, items[state.index]?.prompt ?? t('run.missing'));
  const voice = useVoice(lang);
  const canSpeak = voice !== null;
  const item = items[state.index];
  const running = state.timer.phase === 'running';
  const answered = item !== undefined && item.answer !== null;

  // The follow-ups of this question: the stories' own, then the bank; as many as the settings ask.
  const followUps = useMemo<FollowUpItem[]>(() => {
    if (promptFace === undefined) return [];
    const order = followUpOrder({
      storyFollowUps: promptFace.stories.map((s) => s.followUps),
      bank: bankEntries,
      principles: promptPrinciples(model, card),
      lang,
      seed: Math.floor(plan.startedAt / 1000) + state.index,
    });
    return order.slice(0, settings.followUpsPerQuestion);
    // Fixed once the question is shown: editing a story meanwhile does not reshuffle them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [card, state.index, lang, hasFace]);

  const session: MockSession = useMemo(
    () => ({
      startedAt: plan.startedAt,
      finishedAt: state.finishedAt,
      practice: plan.practice,
      source: plan.source,
      lang: plan.lang,
      targetSeconds: targets.targetSeconds,
      followUpSeconds: targets.followUpSeconds,
      planned: plan.planned,
      items,
      updatedAt: Math.max(record.updatedAt, state.finishedAt ?? 0),
    }),
    [plan, targets, items, record.updatedAt, state.finishedAt],
  );

  // Stored as it goes: after each answer, grade and measurement, so leaving half way loses nothing.
  useEffect(() => {
    if (items.some((i) => i.answer !== null || i.grade !== null) || state.finishedAt !== null) saveMockSession(plan.id, session);
  }, [session, items, state.finishedAt, plan.id, saveMockSession]);

  const promptRef = useRef(promptText);
  useEffect(() => {
    promptRef.current = promptText;
  });
  const patchItem = useCallback(
    (index: number, change: (item: MockItem) => MockItem) => {
      const updatedAt = Date.now();
      setRecord((prev) => {
        const next = [...prev.items];
        const base: MockItem = prev.items[index] ?? {
          card: plan.planned[index] ?? '',
          prompt: promptRef.current,
          answer: null,
          followUps: [],
          peeked: false,
          grade: null,
        };
        next[index] = change(base);
        return { items: next, updatedAt };
      });
    },
    [plan.planned],
  );

  const takes = useTakes({
    sessionId: plan.id,
    keepRecordings: settings.keepRecordings,
    onMeasured: (key, figures: MockFigures | null, recordingId) => {
      const [q, part] = key.split(':') as [string, string];
      const index = Number(q);
      patchItem(index, (it) => {
        if (part === 'a') return it.answer === null ? it : { ...it, answer: { ...it.answer, figures, recording: recordingId } };
        const n = Number(part.slice(1));
        return { ...it, followUps: it.followUps.map((f, i) => (i === n ? { ...f, figures, recording: recordingId } : f)) };
      });
    },
  });
  const recordingNow = settings.record;

  // Focus follows the flow, so a keyboard or screen reader user is always at the next step.
  const questionRef = useRef<HTMLHeadingElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);
  const afterRef = useRef<HTMLButtonElement>(null);
  const gradeRef = useRef<HTMLHeadingElement>(null);
  const followUpRef = useRef<HTMLParagraphElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const to = state.focus.to;
    const target =
      to === 'question'
        ? questionRef.current
        : to === 'stop'
          ? stopRef.current
          : to === 'after'
            ? (afterRef.current ?? gradeRef.current)
            : to === 'follow-up'
              ? followUpRef.current
              : to === 'summary'
                ? summaryRef.current
                : null;
    target?.focus();
  }, [state.focus]);

  // Read the question (and each follow-up) aloud when it is shown, if the setting is on.
  const followUp = typeof state.step === 'number' ? followUps[state.step] : undefined;
  useEffect(() => {
    if (!settings.readAloud || !canSpeak || voice === null || state.done) return;
    if (state.step === 'answer') speak(promptText, voice);
    else if (followUp) speak(followUp.text, voice);
    // Only when a new question or follow-up comes up.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.index, state.step, state.done]);
  useEffect(() => () => stopSpeaking(), []);

  const focus = (to: Focus) => ({ to, seq: state.focus.seq + 1 });

  const start = (): void => {
    if (state.done || state.timer.phase !== 'ready') return;
    stopSpeaking();
    setAnnouncement('');
    if (recordingNow) takes.begin();
    setState({ ...state, timer: startTimer(state.timer, Date.now()), focus: focus('stop') });
  };

  const stop = (): void => {
    if (state.timer.phase !== 'running') return;
    const at = Date.now();
    const timer = stopTimer(state.timer, at);
    const ms = readTimer(timer, at).elapsedMs;
    const index = state.index;
    if (state.step === 'answer') {
      patchItem(index, (it) => ({ ...it, prompt: promptText, answer: { ms, figures: null, recording: null } }));
      if (recordingNow) takes.end(`${index}:a`, promptText, targets.targetSeconds);
    } else {
      const asked = followUps[state.step];
      const position = item?.followUps.length ?? 0;
      patchItem(index, (it) => ({
        ...it,
        followUps: [...it.followUps, { text: asked?.text ?? '', source: asked?.source ?? 'bank', ms, figures: null, recording: null }],
      }));
      if (recordingNow) takes.end(`${index}:f${position}`, asked?.text ?? '', targets.followUpSeconds);
    }
    setAnnouncement(t('run.stopped', { time: clockText(ms) }));
    setState({ ...state, timer, lastStop: at, focus: focus('after') });
  };

  const nextStep = typeof state.step === 'number' ? state.step + 1 : 0;
  const canFollowUp = answered && !running && !state.done && nextStep < followUps.length;
  const nextFollowUp = (): void => {
    if (!canFollowUp) return;
    setAnnouncement('');
    setState({ ...state, step: nextStep, timer: followUpTimer(settings), focus: focus('follow-up') });
  };

  const peek = (): void => {
    if (state.done) return;
    if (!state.peekOpen) patchItem(state.index, (it) => ({ ...it, prompt: promptText, peeked: true }));
    setState({ ...state, peekOpen: !state.peekOpen });
  };

  const finish = (): void => {
    takes.recorder.release();
    stopSpeaking();
    setState({ ...state, done: true, finishedAt: Date.now(), focus: focus('summary') });
  };

  const advance = (): void => {
    const index = state.index + 1;
    if (index >= plan.planned.length) return finish();
    setAnnouncement('');
    setState({ ...state, index, step: 'answer', timer: answerTimer(settings), peekOpen: false, focus: focus('question') });
  };

  const canGrade = answered && !running && !state.done;
  const grade = (g: Grade): void => {
    if (!canGrade) return;
    gradeMockAnswer(card, g, plan.practice, Date.now());
    patchItem(state.index, (it) => ({ ...it, prompt: promptText, grade: g }));
    advance();
  };

  const skip = (): void => {
    if (running || state.done) return;
    patchItem(state.index, (it) => ({ ...it, prompt: promptText }));
    advance();
  };

  const end = (): void => {
    if (state.done) return;
    // A take under way is kept as it stands.
    if (state.timer.phase === 'running') stop();
    finish();
  };

  const readAloud = (): void => {
    if (!canSpeak || voice === null || state.done) return;
    speak(state.step === 'answer' ? promptText : (followUp?.text ?? promptText), voice);
  };

  const onPassed = useCallback(
    (timer: TimerState, kind: TimerAnnouncement) => {
      setState((s) => (s.timer.startedAt === timer.startedAt ? { ...s, timer } : s));
      setAnnouncement(t(`run.announce.${kind}`));
    },
    [t],
  );

  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  const actions = useRef({ start, stop, nextFollowUp, peek, grade, readAloud });
  useEffect(() => {
    actions.current = { start, stop, nextFollowUp, peek, grade, readAloud };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!shortcutsEnabled() || event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const key = event.key;
      const a = actions.current;
      if (key === ' ' || key === 'Enter') {
        if (isControl(event.target)) return;
        event.preventDefault();
        if (stateRef.current.timer.phase === 'running') a.stop();
        else a.start();
      } else if (key === 'n' || key === 'N') {
        event.preventDefault();
        a.nextFollowUp();
      } else if (key === 'p' || key === 'P') {
        event.preventDefault();
        a.peek();
      } else if (key === 'r' || key === 'R') {
        event.preventDefault();
        a.readAloud();
      } else if (key === '1' || key === '2' || key === '3' || key === '4') {
        event.preventDefault();
        a.grade(Number(key) as Grade);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // The grade buttons show the interval each would give, as in a review.
  const preview = useMemo(() => (canGrade && !plan.practice ? mockGradePreview(card, state.lastStop) : null), [canGrade, plan.practice, card, state.lastStop]);

  const urlFor: RecordingUrl = (recordingId) => {
    const found = Object.values(takes.media).find((m) => m.recordingId === recordingId);
    return found ? { url: found.url, mimeType: found.mimeType } : undefined;
  };

  const title = t('title');
  if (state.done) {
    return (
      <Page title={title}>
        <SessionSummary
          session={session}
          urlFor={urlFor}
          headingRef={summaryRef}
          onRepeat={(repeat) => onExit(newPlan([repeat], plan.practice, sourceOf(repeat), lang))}
          actions={
            <button type="button" className="button" onClick={() => onExit()}>
              {t('summary.another')}
            </button>
          }
        />
      </Page>
    );
  }

  const total = plan.planned.length;
  const mic = takes.recorder.status === 'unavailable' && takes.recorder.error !== null ? takes.recorder.error.kind : null;
  const stepTimerLabel = state.step === 'answer' ? t('run.answerTimer') : t('run.followUpTimer');
  const takeKey = (part: string): string => `${state.index}:${part}`;

  return (
    <Page title={title} lead={plan.practice ? <p className="badge inline">{t('run.practice')}</p> : undefined}>
      <div className="mock-run">
        <div className="session-progress">
          <p id={`${ids}-progress`}>{t('run.progress', { current: state.index + 1, total })}</p>
          <progress aria-labelledby={`${ids}-progress`} max={total} value={state.index} />
        </div>
        <section className="card mock-question" aria-labelledby={`${ids}-question`}>
          <p className="card-kind">{card.startsWith('prompt:question:') ? t('run.kindQuestion') : t('run.kindPrinciple')}</p>
          <h2 id={`${ids}-question`} ref={questionRef} tabIndex={-1} className="mock-prompt" lang={lang}>
            {promptText}
          </h2>
          {canSpeak && (
            <button type="button" className="button ghost small" aria-keyshortcuts={shortcuts ? 'r' : undefined} onClick={readAloud}>
              {t('run.readAloud')}
              {shortcuts && <kbd aria-hidden="true">r</kbd>}
            </button>
          )}
        </section>

        <div className="card mock-step">
          {followUp !== undefined && (
            <>
              <h3>{t('run.followUp', { current: (state.step as number) + 1, total: followUps.length })}</h3>
              <p className="card-kind">{followUp.source === 'story' ? t('run.fromStory') : t('run.standard')}</p>
              <p className="follow-up-text" ref={followUpRef} tabIndex={-1} lang={lang}>
                {followUp.text}
              </p>
            </>
          )}
          <TimerView key={`${state.index}:${String(state.step)}`} timer={state.timer} label={stepTimerLabel} onPassed={onPassed} />
          {state.timer.phase === 'ready' && <p className="meta">{t('run.ready')}</p>}
          <div className="row mock-controls">
            {state.timer.phase === 'ready' ? (
              <button type="button" className="button start" aria-keyshortcuts={shortcuts ? 'Space Enter' : undefined} onClick={start}>
                {t('run.start')}
                {shortcuts && <kbd aria-hidden="true">Space</kbd>}
              </button>
            ) : state.timer.phase === 'stopped' ? (
              <p className="stopped-note">{t('run.stopped', { time: clockText(readTimer(state.timer, state.lastStop).elapsedMs) })}</p>
            ) : (
              <button ref={stopRef} type="button" className="button stop" aria-keyshortcuts={shortcuts ? 'Space Enter' : undefined} onClick={stop}>
                {t('run.stop')}
                {shortcuts && <kbd aria-hidden="true">Space</kbd>}
              </button>
            )}
            <button
              type="button"
              className="button ghost"
              aria-expanded={state.peekOpen}
              aria-keyshortcuts={shortcuts ? 'p' : undefined}
              disabled={promptFace === undefined}
              onClick={peek}
            >
              {t('run.peek')}
              {shortcuts && <kbd aria-hidden="true">p</kbd>}
            </button>
          </div>
          <RecordSwitch disabled={running} />
          {recordingNow && takes.recorder.status === 'recording' && (
            <p className="recording-dot">
              <span aria-hidden="true">●</span> {t('record.recording')}
            </p>
          )}
          <div role="status" className="mic-status">
            {mic !== null && recordingNow && <p className="notice">{t(`record.microphone.${mic}`)}</p>}
          </div>
          {!state.peekOpen && <p className="meta">{t('run.notesHidden')}</p>}
        </div>

        {state.peekOpen && promptFace !== undefined && <PeekNotes face={promptFace} />}

        {answered && !running && (
          <section className="card mock-next" aria-labelledby={`${ids}-grade`}>
            {canFollowUp ? (
              <p>
                <button ref={afterRef} type="button" className="button" aria-keyshortcuts={shortcuts ? 'n' : undefined} onClick={nextFollowUp}>
                  {t('run.nextFollowUp')}
                  {shortcuts && <kbd aria-hidden="true">n</kbd>}
                </button>
              </p>
            ) : (
              <p className="meta">{followUps.length === 0 || typeof state.step === 'number' ? t('run.noMoreFollowUps') : null}</p>
            )}
            <h3 id={`${ids}-grade`} ref={gradeRef} tabIndex={-1}>
              {t('run.grade')}
            </h3>
            <p className="help" id={`${ids}-grade-help`}>
              {plan.practice ? t('run.gradePractice') : t('run.gradeHelp')}
            </p>
            <div role="group" aria-labelledby={`${ids}-grade`} aria-describedby={`${ids}-grade-help`} className="grade-buttons">
              {GRADES.map((g) => {
                const name = GRADE_NAMES[g];
                const outcome = preview?.[g];
                return (
                  <button
                    key={g}
                    type="button"
                    className={`button grade grade-${name}`}
                    aria-keyshortcuts={shortcuts ? String(g) : undefined}
                    aria-labelledby={`${ids}-g${g}`}
                    aria-describedby={`${ids}-i${g}`}
                    onClick={() => grade(g)}
                  >
                    <span id={`${ids}-g${g}`} className="grade-name">
                      {t(`grades.${name}`)}
                    </span>
                    <span id={`${ids}-i${g}`} className="grade-interval">
                      {outcome ? intervalText(outcome.interval, t) : t('run.noChange')}
                    </span>
                    {shortcuts && <kbd aria-hidden="true">{g}</kbd>}
                  </button>
                );
              })}
            </div>
          </section>
        )}

        {item !== undefined && (item.answer !== null || item.followUps.length > 0) && (
          <section className="card mock-takes" aria-labelledby={`${ids}-takes`}>
            <h3 id={`${ids}-takes`}>{t('run.soFar')}</h3>
            {item.answer !== null && (
              <TakeView
                title={t('record.answer')}
                ms={item.answer.ms}
                targetSeconds={targets.targetSeconds}
                url={takes.media[takeKey('a')]?.url}
                mimeType={takes.media[takeKey('a')]?.mimeType ?? ''}
                fileName={takeFileName(plan.startedAt, state.index + 1, null, takes.media[takeKey('a')]?.mimeType ?? '')}
                status={takes.media[takeKey('a')]?.status ?? 'none'}
                figures={takes.media[takeKey('a')]?.figures ?? null}
                followUp={null}
              />
            )}
            {item.followUps.map((f, i) => {
              const m = takes.media[takeKey(`f${i}`)];
              return (
                <div key={`${i}:${f.text}`}>
                  <TakeView
                    title={`${t('record.followUp', { n: i + 1 })}: ${f.text}`}
                    ms={f.ms}
                    targetSeconds={targets.followUpSeconds}
                    url={m?.url}
                    mimeType={m?.mimeType ?? ''}
                    fileName={takeFileName(plan.startedAt, state.index + 1, i + 1, m?.mimeType ?? '')}
                    status={m?.status ?? 'none'}
                    figures={m?.figures ?? null}
                    followUp={i + 1}
                  />
                  {(() => {
                    const entry = bankEntries.find((b) => b.prompt[lang] === f.text);
                    return entry?.checks ? (
                      <p className="checks">
                        <strong>{t('run.checks')}:</strong> {entry.checks[lang]}
                      </p>
                    ) : null;
                  })()}
                </div>
              );
            })}
            {Object.values(takes.media).some((m) => m.figures !== null) && <AboutFigures />}
          </section>
        )}

        <div className="row mock-footer">
          <button type="button" className="button ghost" disabled={running} onClick={skip}>
            {t('run.skip')}
          </button>
          <button type="button" className="button ghost" onClick={end}>
            {t('run.end')}
          </button>
        </div>
        {shortcuts && <p className="meta keys-help">{t('run.keys')}</p>}
        <div role="status" aria-live="polite" className="visually-hidden">
          {announcement}
        </div>
      </div>
    </Page>
  );
}
