import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { entries } from 'virtual:loop-prep/content/questions';
import { TextOrPrompt } from '@/components/empty-text';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { PrincipleTags } from '@/components/principle-tags';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import { findEntry, getStory } from '@/lib/content';

export function QuestionPage() {
  const { t } = useTranslation('questions');
  const lang = useLang();
  const { id } = useParams();
  const question = findEntry(entries, id);
  if (!question) return <NotFound />;
  const title = lang === 'en' && question.prompt.en ? question.prompt.en : question.prompt.ko;
  const subtitle = title === question.prompt.ko ? question.prompt.en : question.prompt.ko;
  return (
    <Page
      title={title}
      lead={
        <>
          {subtitle && (
            <p className="subtitle" lang={title === question.prompt.ko ? 'en' : 'ko'}>
              {subtitle}
            </p>
          )}
          <PrincipleTags ids={question.principles} label={t('principles')} />
        </>
      }
    >
      <Section title={t('keyPoints')}>
        <TextOrPrompt text={question.keyPoints} prompt={t('noKeyPoints')} />
      </Section>
      <Section title={t('draft')}>
        <TextOrPrompt text={question.draft} prompt={t('noDraft')} />
      </Section>
      <Section title={t('stories')}>
        {question.stories.length === 0 ? (
          <p className="prompt">{t('noStories')}</p>
        ) : (
          <ul className="link-list">
            {question.stories.map((storyId) => (
              <li key={storyId}>
                <Link to={`/stories/${storyId}`}>{getStory(storyId)?.title ?? storyId}</Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <p>
        <Link to="/questions">← {t('back')}</Link>
      </p>
    </Page>
  );
}
