import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { entries } from 'virtual:loop-prep/content/topics';
import { TextOrPrompt } from '@/components/empty-text';
import { Markdown } from '@/components/markdown';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { Section } from '@/components/section';
import { Sources } from '@/components/sources';
import { useLang } from '@/components/use-lang';
import { pickText } from '@/domain/content';
import { findEntry } from '@/lib/content';

export function TopicPage() {
  const { t } = useTranslation('topics');
  const lang = useLang();
  const { id } = useParams();
  const topic = findEntry(entries, id);
  if (!topic) return <NotFound />;
  return (
    <Page title={pickText(topic.title, lang)} lead={<p className="meta">{t('round', { round: topic.round })}</p>}>
      <Section title={t('notes')}>
        <TextOrPrompt text={topic.notes} prompt={t('noNotes')} />
      </Section>
      <Section title={t('cards')}>
        {topic.cards.length === 0 ? (
          <p className="prompt">{t('noCards')}</p>
        ) : (
          <ol className="flashcard-list">
            {topic.cards.map((card) => (
              <li key={card.id}>
                <details>
                  <summary>{card.question}</summary>
                  <Markdown>{card.answer}</Markdown>
                </details>
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Sources urls={topic.sources} />
      <p>
        <Link to="/topics">← {t('back')}</Link>
      </p>
    </Page>
  );
}
