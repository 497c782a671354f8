import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { useLang } from '@/components/use-lang';
import { entries } from 'virtual:loop-prep/content/principles';
import { useLiveModel } from '@/lib/use-live-model';

export function PrinciplesPage() {
  const { t } = useTranslation('principles');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const model = useLiveModel();
  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      <ol className="card-list principle-list">
        {entries.map((p) => {
          const live = model.principleById.get(p.id);
          const stories = live?.stories.length ?? 0;
          const questions = live?.questions.length ?? 0;
          return (
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
                  stories: tc('storyCount', { count: stories }),
                  questions: tc('questionCount', { count: questions }),
                })}
              </p>
            </li>
          );
        })}
      </ol>
    </Page>
  );
}
