import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { entries as followUpEntries } from 'virtual:loop-prep/content/follow-ups';
import { entries as principleEntries } from 'virtual:loop-prep/content/principles';
import { entries as storyEntries } from 'virtual:loop-prep/content/stories';
import { useLang } from '@/components/use-lang';
import { pickText, type BilingualText, type Lang } from '@/domain/content';
import type { LiveModel, LiveUserData } from '@/lib/live-model';
import { plainOfMarkdown } from '@/lib/plain-text';
import { useLiveModel } from '@/lib/use-live-model';
import { useAppStore } from '@/stores/app-store';

/**
 * The cheat sheet: per principle, its statement, one line per story that shows it (the title and
 * the first line of its Result), the follow-ups its stories expect and the questions that name it.
 * Built from the live model, so a story written in the app is on it. Loaded only by `/sheet` and by
 * `Print` on a principle page.
 */

export interface SheetStory {
  readonly id: string;
  readonly title: string;
  /** The first line of the Result, as plain text; empty when the Result is not written yet. */
  readonly result: string;
}

export interface SheetPrinciple {
  readonly id: string;
  readonly order: number;
  readonly title: BilingualText;
  readonly statement: BilingualText;
  readonly stories: readonly SheetStory[];
  /** The stories' own follow-ups, each once. */
  readonly followUps: readonly string[];
  readonly questions: readonly string[];
}

const statements = new Map(principleEntries.map((p) => [p.id, p.statement]));
const contentStories = new Map(storyEntries.map((s) => [s.id, s]));

/** The first line with words in it. */
export function firstLine(markdown: string): string {
  return (
    plainOfMarkdown(markdown)
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}

/** The sheet's data for the principles `ids` (all when undefined), in Amazon's order. Pure. */
export function sheetOf(model: LiveModel, user: Pick<LiveUserData, 'stories'>, lang: Lang, ids?: readonly string[]): SheetPrinciple[] {
  return model.principles
    .filter((p) => ids === undefined || ids.includes(p.id))
    .map((p) => {
      const stories = p.stories.flatMap((id): SheetStory[] => {
        const live = model.storyById.get(id);
        if (!live) return [];
        const fields = user.stories[id]?.story ?? contentStories.get(id);
        return [{ id, title: live.title, result: firstLine(fields?.star.result ?? '') }];
      });
      const followUps = [...new Set(p.stories.flatMap((id) => model.storyById.get(id)?.followUps ?? []).map((q) => q.trim()))].filter(Boolean);
      const questions = p.questions.flatMap((id) => {
        const q = model.questionById.get(id);
        return q ? [pickText(q.prompt, lang)] : [];
      });
      return { id: p.id, order: p.order, title: p.title, statement: statements.get(p.id) ?? { en: '', ko: '' }, stories, followUps, questions };
    });
}

function useSheet(ids?: readonly string[]): SheetPrinciple[] {
  const model = useLiveModel();
  const stories = useAppStore((s) => s.stories);
  const lang = useLang();
  return sheetOf(model, { stories }, lang, ids);
}

/** The standard follow-ups: the bank in content/follow-ups (the one the mock interview asks from), in its order. */
const BANK = [...followUpEntries].sort((a, b) => a.order - b.order);

function Block({ principle, full }: { principle: SheetPrinciple; full: boolean }) {
  const { t } = useTranslation('principles');
  const lang = useLang();
  const id = useId();
  const other: Lang = lang === 'ko' ? 'en' : 'ko';
  return (
    <section className="sheet-block" aria-labelledby={id}>
      <h2 id={id} className="sheet-title">
        <span className="order">{principle.order}</span> {principle.title[lang]}{' '}
        <span className="sheet-alt" lang={other}>
          {principle.title[other]}
        </span>
      </h2>
      {(full ? [lang, other] : [lang]).map((l) => (
        <p key={l} className="sheet-statement" lang={l}>
          {principle.statement[l]}
        </p>
      ))}
      {principle.stories.length === 0 ? (
        <p className="sheet-line sheet-missing">{t('sheet.noStory')}</p>
      ) : (
        <ul className="sheet-stories" aria-label={t('sheet.stories')}>
          {principle.stories.map((story) => (
            <li key={story.id} className="sheet-line">
              <Link to={`/stories/${story.id}`} className="sheet-story">
                {story.title.trim() || t('untitledStory')}
              </Link>
              <span className="sheet-sep" aria-hidden="true">
                {' '}
                —{' '}
              </span>
              {story.result === '' ? <span className="sheet-missing">{t('sheet.noResult')}</span> : <span>{story.result}</span>}
            </li>
          ))}
        </ul>
      )}
      {principle.followUps.length > 0 && (
        <p className="sheet-line sheet-extra">
          <strong>{t('sheet.followUps')}:</strong> {principle.followUps.join(' · ')}
        </p>
      )}
      {principle.questions.length > 0 && (
        <p className="sheet-line sheet-extra">
          <strong>{t('sheet.questions')}:</strong> {principle.questions.join(' · ')}
        </p>
      )}
    </section>
  );
}

/** The standard follow-ups, once for the whole sheet (a principle's stories' own come with it). */
function StandardFollowUps() {
  const { t } = useTranslation('principles');
  const lang = useLang();
  const id = useId();
  return (
    <section className="sheet-block sheet-standard" aria-labelledby={id}>
      <h2 id={id} className="sheet-title">
        {t('sheet.anyStory')}
      </h2>
      <ul className="sheet-follow-ups">
        {BANK.map((entry) => (
          <li key={entry.id}>{pickText(entry.prompt, lang)}</li>
        ))}
      </ul>
    </section>
  );
}

/** The sheet for the principles `ids` (all when undefined); one principle shows both statements. */
export function CheatSheet({ ids }: { ids?: readonly string[] }) {
  const sheet = useSheet(ids);
  const full = sheet.length === 1;
  return (
    <div className={`sheet${full ? ' sheet-one' : ''}`}>
      {sheet.map((principle) => (
        <Block key={principle.id} principle={principle} full={full} />
      ))}
      <StandardFollowUps />
    </div>
  );
}

/**
 * Prints one principle's sheet from its page: the sheet is put at the end of the page (hidden on
 * screen), only it prints, and it goes away once the print dialog closes.
 */
export function PrintPrinciple({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation('principles');
  useEffect(() => {
    const done = (): void => onDone();
    window.addEventListener('afterprint', done);
    // After the sheet is on the page (this effect runs once it is).
    const timer = window.setTimeout(() => {
      window.print();
      // Where print() returns at once (no dialog), afterprint may never come.
      done();
    }, 0);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, [onDone]);
  return (
    <div className="print-sheet">
      <p className="sheet-heading">{t('sheet.title')}</p>
      <CheatSheet ids={[id]} />
    </div>
  );
}
