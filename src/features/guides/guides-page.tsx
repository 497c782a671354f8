import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { useLang } from '@/components/use-lang';
import { pickText } from '@/domain/content';
import { content } from '@/lib/content';

export function GuidesPage() {
  const { t } = useTranslation('guides');
  const lang = useLang();
  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      <ul className="card-list">
        {content.guides.map((guide) => (
          <li key={guide.id} className="card">
            <h2 className="card-title">
              <Link to={`/guides/${guide.id}`}>{pickText(guide.title, lang)}</Link>
            </h2>
          </li>
        ))}
      </ul>
    </Page>
  );
}
