import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { useLang } from '@/components/use-lang';
import { entries } from 'virtual:loop-prep/content/principles';

export function PrinciplesPage() {
  const { t } = useTranslation('principles');
  const { t: tc } = useTranslation();
  const lang = useLang();
  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      <ol className="card-list principle-list">
        {entries.map((p) => (
          <li key={p.id} className="card">
            <h2 className="card-title">
              <Link to={`/principles/${p.id}`}>
                <span className="order" aria-hidden="true">
                  {p.order}
                </span>{' '}
                {p.title[lang]}
              </Link>
            </h2>
            {lang === 'ko' && (
              <p className="subtitle" lang="en">
                {p.title.en}
              </p>
            )}
            <p className="statement-preview" lang={lang}>
              {p.statement[lang]}
            </p>
            <p className="meta">
              {t('coverage', {
                stories: tc('storyCount', { count: p.stories.length }),
                questions: tc('questionCount', { count: p.questions.length }),
              })}
            </p>
          </li>
        ))}
      </ol>
    </Page>
  );
}
