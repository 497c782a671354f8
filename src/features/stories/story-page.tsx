import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { PrincipleTags } from '@/components/principle-tags';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import { pickText } from '@/domain/content';
import { useLiveModel } from '@/lib/use-live-model';
import { DeletedStory } from './deleted-story';
import { StoryActions } from './story-actions';
import { StoryBody } from './story-body';
import { useStory } from './use-story';

export function StoryPage() {
  const { t } = useTranslation('stories');
  const lang = useLang();
  const { id } = useParams();
  const view = useStory(id);
  const model = useLiveModel();
  const questions = (model.storyById.get(id ?? '')?.questions ?? []).flatMap((qid) => model.questionById.get(qid) ?? []);
  if (!view) return <NotFound />;
  if (view.deleted) return <DeletedStory id={view.id} title={view.fields.title} />;
  const story = view.fields;
  return (
    <Page
      title={story.title.trim() || t('untitled')}
      lead={
        <>
          {view.differs && <p className="badge">{t('badges.edited')}</p>}
          <PrincipleTags ids={story.principles} label={t('principles')} />
        </>
      }
      actions={
        <Link className="button" to={`/stories/${view.id}/edit`}>
          {t('edit')}
        </Link>
      }
    >
      <StoryActions view={view} />
      <StoryBody story={story} baseline={view.baseline} contentId={view.baseline === null ? null : view.id} />
      {questions.length > 0 && (
        <Section title={t('questions')}>
          <ul className="link-list">
            {questions.map((question) => (
              <li key={question.id}>
                <Link to={`/questions/${question.id}`}>{pickText(question.prompt, lang)}</Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <p>
        <Link to="/stories">← {t('back')}</Link>
      </p>
    </Page>
  );
}
