import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { useLang } from '@/components/use-lang';
import { pickText } from '@/domain/content';
import { content } from '@/lib/content';
import { useLiveCardModel } from '@/lib/use-live-cards';

export function TopicsPage() {
  const { t } = useTranslation('topics');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const decks = useLiveCardModel().decks;
  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      <ul className="card-list">
        {content.topics.map((topic) => {
          const cards = decks.get(`topic:${topic.id}`)?.length ?? 0;
          return (
            <li key={topic.id} className="card">
              <h2 className="card-title">
                <Link to={`/topics/${topic.id}`}>{pickText(topic.title, lang)}</Link>
              </h2>
              <p className="meta">{cards === 0 ? t('noCards') : tc('cardCount', { count: cards })}</p>
              {topic.tags.length > 0 && (
                <ul className="tags plain" aria-label={t('tags')}>
                  {topic.tags.map((tag) => (
                    <li key={tag} className="tag">
                      {tag}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
