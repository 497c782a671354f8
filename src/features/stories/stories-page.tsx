import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { PrincipleTags } from '@/components/principle-tags';
import { STAR_SECTIONS } from '@/domain/content';
import { content } from '@/lib/content';

export function StoriesPage() {
  const { t } = useTranslation('stories');
  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      <ul className="card-list">
        {content.stories.map((story) => (
          <li key={story.id} className="card">
            <h2 className="card-title">
              <Link to={`/stories/${story.id}`}>{story.title}</Link>
            </h2>
            <p className="meta">{t('filled', { count: STAR_SECTIONS.filter((s) => story.filled[s]).length })}</p>
            <PrincipleTags ids={story.principles} label={t('principles')} />
          </li>
        ))}
      </ul>
    </Page>
  );
}
