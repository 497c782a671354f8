import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { loaders } from 'virtual:loop-prep/loaders/topics';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { RichText } from '@/components/rich-text';
import { Section } from '@/components/section';
import { Sources } from '@/components/sources';
import { useLang } from '@/components/use-lang';
import { pickText } from '@/domain/content';
import { useEntry } from '@/lib/use-entry';
import { useCatalogue } from '@/i18n/use-catalogue';
import { topicsText } from './text';

export function TopicPage() {
  useCatalogue('topics', topicsText);
  const { t } = useTranslation('topics');
  const lang = useLang();
  const { id } = useParams();
  const topic = useEntry('topics', loaders, id);
  if (!topic) return <NotFound />;
  return (
    <Page title={pickText(topic.title, lang)} lead={<p className="meta">{t('round', { round: topic.round })}</p>}>
      <Section title={t('notes')}>
        {topic.notes === null ? <p className="prompt">{t('noNotes')}</p> : <RichText tree={topic.notes} />}
      </Section>
      <Section title={t('cards')}>
        {topic.cards.length > 0 && (
          <p className="row">
            <Link className="button" to={`/review?deck=topic:${topic.id}`}>
              {t('drill')}
            </Link>
          </p>
        )}
        {topic.cards.length === 0 ? (
          <p className="prompt">{t('noCards')}</p>
        ) : (
          <ol className="flashcard-list">
            {topic.cards.map((card) => (
              <li key={card.id}>
                <details>
                  <summary>{card.question}</summary>
                  <RichText tree={card.answer} />
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
