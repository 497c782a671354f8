import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { entries } from 'virtual:loop-prep/content/principles';
import { ContentText } from '@/components/content-text';
import { GrowingTextarea } from '@/components/growing-textarea';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { RevertNotice } from '@/components/revert-notice';
import { SaveStatus } from '@/components/save-status';
import { Section } from '@/components/section';
import { Sources } from '@/components/sources';
import { useLang } from '@/components/use-lang';
import { pickText, type RenderedPrinciple } from '@/domain/content';
import { findEntry } from '@/lib/content';
import { downloadText } from '@/lib/download';
import { useLiveModel } from '@/lib/use-live-model';
import { useAppStore } from '@/stores/app-store';

/** `My notes`: the user's notes over the ones in content, saved as they type; the original can be restored. */
function MyNotes({ principle }: { principle: RenderedPrinciple }) {
  const { t } = useTranslation('principles');
  const id = useId();
  const note = useAppStore((s) => s.principleNotes[principle.id]);
  const savePrincipleNotes = useAppStore((s) => s.savePrincipleNotes);
  const revertPrincipleNotes = useAppStore((s) => s.revertPrincipleNotes);
  const putPrincipleNotes = useAppStore((s) => s.putPrincipleNotes);
  const [touched, setTouched] = useState(false);
  const text = note?.notes ?? principle.notesSource;
  const differs = note !== undefined && note.notes.trim() !== principle.notesSource.trim();
  const exportNotes = (): void => {
    void import('@/domain/content-export').then(({ principleToMarkdown }) =>
      downloadText(
        `${principle.id}.md`,
        principleToMarkdown({
          order: principle.order,
          title: principle.title,
          statement: principle.statement,
          prompt: principle.prompt,
          sources: principle.sources,
          notes: text,
        }),
        'text/markdown',
      ),
    );
  };
  return (
    <section aria-labelledby={`${id}-h`} className="section my-notes">
      <h2 id={`${id}-h`}>{t('notes')}</h2>
      <p className="help" id={`${id}-help`}>
        {t('notesHelp')}
      </p>
      <GrowingTextarea
        aria-labelledby={`${id}-h`}
        aria-describedby={`${id}-help`}
        rows={4}
        value={text}
        onChange={(e) => {
          setTouched(true);
          savePrincipleNotes(principle.id, e.target.value);
        }}
      />
      <SaveStatus active={touched} />
      <RevertNotice
        differs={differs}
        overlay={note}
        onRevert={() => revertPrincipleNotes(principle.id)}
        onRestore={(saved) => putPrincipleNotes(principle.id, { ...saved, updatedAt: Date.now() })}
        text={{ differs: t('notesDiffer'), revert: t('restore'), reverted: t('restored'), undo: t('undo') }}
      />
      {text.trim() !== '' && (
        <div className="notes-preview">
          <h3>{t('preview')}</h3>
          <ContentText text={text} baseline={principle.notesSource} tree={principle.notes ?? undefined} />
        </div>
      )}
      <p>
        <button type="button" className="button ghost" onClick={exportNotes}>
          {t('exportNotes')}
        </button>
      </p>
    </section>
  );
}

export function PrinciplePage() {
  const { t } = useTranslation('principles');
  const lang = useLang();
  const { id = '' } = useParams();
  const principle = findEntry(entries, id);
  const model = useLiveModel();
  const live = model.principleById.get(id);
  if (!principle || !live) return <NotFound />;
  const stories = live.stories.flatMap((storyId) => model.storyById.get(storyId) ?? []);
  const questions = live.questions.flatMap((questionId) => model.questionById.get(questionId) ?? []);
  const other = lang === 'ko' ? 'en' : 'ko';
  return (
    <Page
      title={principle.title[lang]}
      lead={
        <p className="subtitle" lang={other}>
          {principle.order}. {principle.title[other]}
        </p>
      }
      actions={
        <>
          <Link className="button" to={`/stories/new?principle=${principle.id}`}>
            {t('write')}
          </Link>
          <Link className="button ghost" to={`/review?deck=lp:${principle.id}`}>
            {t('drill')}
          </Link>
        </>
      }
    >
      <Section title={t('statement')} className="statement">
        <figure className="statement-pair">
          <blockquote lang="en">
            <p>{principle.statement.en}</p>
          </blockquote>
          <figcaption className="visually-hidden">{t('statementEn')}</figcaption>
        </figure>
        <figure className="statement-pair">
          <blockquote lang="ko">
            <p>{principle.statement.ko}</p>
          </blockquote>
          <figcaption className="visually-hidden">{t('statementKo')}</figcaption>
        </figure>
      </Section>
      <MyNotes principle={principle} />
      <Section title={t('stories')}>
        {stories.length === 0 ? (
          <p className="prompt">{t('noStories')}</p>
        ) : (
          <ul className="link-list">
            {stories.map((story) => (
              <li key={story.id}>
                <Link to={`/stories/${story.id}`}>{story.title.trim() || t('untitledStory')}</Link>
              </li>
            ))}
          </ul>
        )}
        {stories.length === 1 && (
          <p className="meta">
            {t('fewStories', { count: stories.length })} <Link to={`/stories/new?principle=${principle.id}`}>{t('write')}</Link>
          </p>
        )}
      </Section>
      <Section title={t('questions')}>
        {questions.length === 0 ? (
          <p className="prompt">{t('noQuestions')}</p>
        ) : (
          <ul className="link-list">
            {questions.map((question) => (
              <li key={question.id}>
                <Link to={`/questions/${question.id}`}>{pickText(question.prompt, lang)}</Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Sources urls={principle.sources} />
      <p>
        <Link to="/principles">← {t('back')}</Link>
      </p>
    </Page>
  );
}
