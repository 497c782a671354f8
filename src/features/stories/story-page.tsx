import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { entries } from 'virtual:loop-prep/content/stories';
import { TextOrPrompt } from '@/components/empty-text';
import { Markdown } from '@/components/markdown';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { PrincipleTags } from '@/components/principle-tags';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import { pickText, STAR_SECTIONS } from '@/domain/content';
import { findEntry, getQuestion } from '@/lib/content';

export function StoryPage() {
  const { t } = useTranslation('stories');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const { id } = useParams();
  const story = findEntry(entries, id);
  if (!story) return <NotFound />;
  return (
    <Page title={story.title} lead={<PrincipleTags ids={story.principles} label={t('principles')} />}>
      {STAR_SECTIONS.map((section) => (
        <Section key={section} title={tc(`star.${section}`)} className={`star star-${section}`}>
          <TextOrPrompt text={story.star[section]} />
        </Section>
      ))}
      {story.learnings !== '' && (
        <Section title={tc('star.learnings')}>
          <Markdown>{story.learnings}</Markdown>
        </Section>
      )}
      {story.notes !== '' && (
        <Section title={tc('star.notes')}>
          <Markdown>{story.notes}</Markdown>
        </Section>
      )}
      <Section title={t('followUps')}>
        {story.followUps.length === 0 ? (
          <p className="prompt">{t('noFollowUps')}</p>
        ) : (
          <ul>
            {story.followUps.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        )}
      </Section>
      {story.questions.length > 0 && (
        <Section title={t('questions')}>
          <ul className="link-list">
            {story.questions.map((qid) => {
              const question = getQuestion(qid);
              return (
                <li key={qid}>
                  <Link to={`/questions/${qid}`}>{question ? pickText(question.prompt, lang) : qid}</Link>
                </li>
              );
            })}
          </ul>
        </Section>
      )}
      <p>
        <Link to="/stories">← {t('back')}</Link>
      </p>
    </Page>
  );
}
