import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { PrincipleTags } from '@/components/principle-tags';
import { useLang } from '@/components/use-lang';
import { pickText } from '@/domain/content';
import { content } from '@/lib/content';

export function QuestionsPage() {
  const { t } = useTranslation('questions');
  const lang = useLang();
  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      <ol className="card-list">
        {content.questions.map((q) => (
          <li key={q.id} className="card">
            <h2 className="card-title">
              <Link to={`/questions/${q.id}`}>{pickText(q.prompt, lang)}</Link>
            </h2>
            {!q.answered && <p className="badge">{t('unanswered')}</p>}
            <PrincipleTags ids={q.principles} label={t('principles')} />
          </li>
        ))}
      </ol>
    </Page>
  );
}
