import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { entries } from 'virtual:loop-prep/content/questions';
import { trees } from 'virtual:loop-prep/trees/questions';
import { ContentText } from '@/components/content-text';
import { GrowingTextarea } from '@/components/growing-textarea';
import { StarHints } from '@/components/star-hints';
import { answerHints } from '@/domain/star-hints';
import { downloadText } from '@/lib/download';
import { OwnQuestionEditor, type DeletedQuestionState } from './question-form';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { PrincipleTags } from '@/components/principle-tags';
import { SaveStatus } from '@/components/save-status';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import { pickText } from '@/domain/content';
import { sameDraft, type QuestionDraftFields } from '@/domain/overlays';
import { findEntry } from '@/lib/content';
import { useLiveModel } from '@/lib/use-live-model';
import { useAppStore } from '@/stores/app-store';
import { RevertNotice } from '@/components/revert-notice';
import { focusSoon } from '@/components/route-focus';

/** A region whose heading labels the text area in it: the user writes right under the heading. */
function EditorSection({ title, help, value, onChange }: { title: string; help: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-h`} className="section">
      <h2 id={`${id}-h`}>{title}</h2>
      <p className="help" id={`${id}-help`}>
        {help}
      </p>
      <GrowingTextarea aria-labelledby={`${id}-h`} aria-describedby={`${id}-help`} rows={6} value={value} onChange={(e) => onChange(e.target.value)} />
    </section>
  );
}

function LinkedStories({ ids, onChange }: { ids: readonly string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation('questions');
  const stories = useLiveModel().stories;
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const titles = new Map(stories.map((s) => [s.id, s.title]));
  const available = stories.filter((s) => !ids.includes(s.id));
  return (
    <Section title={t('stories')}>
      {ids.length === 0 ? (
        <p className="prompt">{t('noStories')}</p>
      ) : (
        <ul ref={list} className="link-list">
          {ids.map((storyId) => {
            const title = titles.get(storyId)?.trim() || t('untitledStory');
            return (
              <li key={storyId} className="row">
                <Link to={`/stories/${storyId}`}>{title}</Link>
                <button
                  type="button"
                  className="button ghost small"
                  onClick={() => {
                    onChange(ids.filter((id) => id !== storyId));
                    // Not the next remove button: a second tap must not remove another story.
                    focusSoon(() => select.current);
                  }}
                >
                  {t('remove')} <span className="visually-hidden">{`“${title}” ${t('removeStory')}`}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {available.length === 0 ? (
        <p className="meta">{t('allAttached')}</p>
      ) : (
        <div className="field">
          <label htmlFor={selectId}>{t('attach')}</label>
          <div className="row">
            <select ref={select} id={selectId} value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">{t('chooseStory')}</option>
              {available.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title.trim() || t('untitledStory')}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button ghost"
              disabled={choice === ''}
              onClick={() => {
                onChange([...ids, choice]);
                setChoice('');
                const attached = choice;
                focusSoon(() => list.current?.querySelector<HTMLElement>(`a[href="/stories/${attached}"]`));
              }}
            >
              {t('attachButton')}
            </button>
          </div>
        </div>
      )}
    </Section>
  );
}

const NO_DRAFT: QuestionDraftFields = { keyPoints: '', draft: '', stories: [] };

export function QuestionPage() {
  // The hints' words (shared with the story form) load with the page, not in the middle of typing.
  const { t } = useTranslation(['questions', 'hints']);
  const lang = useLang();
  const { id } = useParams();
  const entry = findEntry(entries, id);
  const question = useLiveModel().questionById.get(id ?? '');
  const draft = useAppStore((s) => (id === undefined ? undefined : s.questionDrafts[id]));
  const saveQuestionDraft = useAppStore((s) => s.saveQuestionDraft);
  const revertQuestionDraft = useAppStore((s) => s.revertQuestionDraft);
  const putQuestionDraft = useAppStore((s) => s.putQuestionDraft);
  const own = useAppStore((s) => (id === undefined ? undefined : s.ownQuestions[id]));
  const deleteOwnQuestion = useAppStore((s) => s.deleteOwnQuestion);
  const navigate = useNavigate();
  const [touched, setTouched] = useState(false);
  if (!question) return <NotFound />;
  // A question of the user's own has no baseline: its draft is all there is.
  const baseline: QuestionDraftFields = entry ? { keyPoints: entry.keyPoints, draft: entry.draft, stories: entry.stories } : NO_DRAFT;
  const fields: QuestionDraftFields = draft ?? baseline;
  const differs = entry !== undefined && draft !== undefined && !sameDraft(draft, baseline);
  const update = (next: QuestionDraftFields): void => {
    setTouched(true);
    saveQuestionDraft(question.id, next);
  };
  const title = pickText(question.prompt, lang);
  const other = lang === 'en' ? 'ko' : 'en';
  const subtitle = question.prompt[other] !== undefined && question.prompt[other] !== title ? question.prompt[other] : undefined;
  return (
    <Page
      title={title.trim() || t('emptyPrompt')}
      lead={
        <>
          {subtitle && (
            <p className="subtitle" lang={other}>
              {subtitle}
            </p>
          )}
          <PrincipleTags ids={question.principles} label={t('principles')} />
          <SaveStatus active={touched} />
        </>
      }
    >
      {own && <OwnQuestionEditor key={question.id} id={question.id} question={own} />}
      <EditorSection title={t('keyPoints')} help={t('keyPointsHelp')} value={fields.keyPoints} onChange={(keyPoints) => update({ ...fields, keyPoints })} />
      <EditorSection title={t('draft')} help={t('draftHelp')} value={fields.draft} onChange={(text) => update({ ...fields, draft: text })} />
      <StarHints hints={answerHints(fields.draft)} />
      {/* Below the fields, so the first keystroke does not move the field being typed in. */}
      <RevertNotice
        differs={differs}
        overlay={draft}
        onRevert={() => revertQuestionDraft(question.id)}
        onRestore={(saved) => putQuestionDraft(question.id, { ...saved, updatedAt: Date.now() })}
        text={{ differs: t('differs'), revert: t('revert'), reverted: t('reverted'), undo: t('undo') }}
      />
      <LinkedStories ids={fields.stories} onChange={(stories) => update({ ...fields, stories })} />
      <Section title={t('preview')} className="preview">
        <h3>{t('keyPoints')}</h3>
        <ContentText text={fields.keyPoints} baseline={entry?.keyPoints} tree={trees[question.id]?.keyPoints} prompt={t('noKeyPoints')} />
        <h3>{t('draft')}</h3>
        <ContentText text={fields.draft} baseline={entry?.draft} tree={trees[question.id]?.draft} prompt={t('noDraft')} />
      </Section>
      {own && (
        <div className="row">
          <button
            type="button"
            className="button ghost"
            onClick={() => {
              void import('@/domain/content-export').then(({ questionToMarkdown }) =>
                downloadText(
                  `${question.id}.md`,
                  questionToMarkdown({
                    prompt: question.prompt,
                    principles: question.principles,
                    stories: fields.stories,
                    keyPoints: fields.keyPoints,
                    draft: fields.draft,
                  }),
                  'text/markdown',
                ),
              );
            }}
          >
            {t('exportMarkdown')}
          </button>
          <button
            type="button"
            className="button danger"
            onClick={() => {
              deleteOwnQuestion(question.id);
              navigate('/questions', { state: { deletedQuestion: { id: question.id, prompt: title } } satisfies DeletedQuestionState });
            }}
          >
            {t('delete')}
          </button>
        </div>
      )}
      {own && <p className="meta">{t('exportHelp')}</p>}
      <p>
        <Link to="/questions">← {t('back')}</Link>
      </p>
    </Page>
  );
}
