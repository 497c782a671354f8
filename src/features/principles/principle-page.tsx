import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { RichText } from '@/components/rich-text';
import { Section } from '@/components/section';
import { Sources } from '@/components/sources';
import { useLang } from '@/components/use-lang';
import { pickText } from '@/domain/content';
import { entries } from 'virtual:loop-prep/content/principles';
import { findEntry, getQuestion } from '@/lib/content';
import { useStoryList } from '@/lib/stories';

export function PrinciplePage() {
  const { t } = useTranslation('principles');
  const lang = useLang();
  const { id = '' } = useParams();
  const principle = findEntry(entries, id);
  const stories = useStoryList().filter((story) => story.principles.includes(id));
  if (!principle) return <NotFound />;
  const other = lang === 'ko' ? 'en' : 'ko';
  return (
    <Page
      title={principle.title[lang]}
      lead={
        <p className="subtitle" lang={other}>
          {principle.order}. {principle.title[other]}
        </p>
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
      <Section title={t('notes')}>{principle.notes === null ? <p className="prompt">{t('noNotes')}</p> : <RichText tree={principle.notes} />}</Section>
      <Section title={t('stories')}>
        {stories.length === 0 ? (
          <p className="prompt">{t('noStories')}</p>
        ) : (
          <ul className="link-list">
            {stories.map((story) => (
              <li key={story.id}>
                <Link to={`/stories/${story.id}`}>{story.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('questions')}>
        {principle.questions.length === 0 ? (
          <p className="prompt">{t('noQuestions')}</p>
        ) : (
          <ul className="link-list">
            {principle.questions.map((questionId) => {
              const question = getQuestion(questionId);
              return (
                <li key={questionId}>
                  <Link to={`/questions/${questionId}`}>{question ? pickText(question.prompt, lang) : questionId}</Link>
                </li>
              );
            })}
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
