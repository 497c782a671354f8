import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { PrincipleTags } from '@/components/principle-tags';
import { useLang } from '@/components/use-lang';
import { pickText } from '@/domain/content';
import { useLiveModel } from '@/lib/use-live-model';
import { useCatalogue } from '@/i18n/use-catalogue';
import { questionsText } from './text';

export function QuestionsPage() {
  useCatalogue('questions', questionsText);
  const { t } = useTranslation('questions');
  const lang = useLang();
  const model = useLiveModel();
  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      <ol className="card-list">
        {model.questions.map((q) => (
          <li key={q.id} className="card">
            <h2 className="card-title">
              <Link to={`/questions/${q.id}`}>{pickText(q.prompt, lang)}</Link>
            </h2>
            {q.origin === 'app' && <p className="badge">{t('mine')}</p>}
            {!q.answered && <p className="badge">{t('unanswered')}</p>}
            <PrincipleTags ids={q.principles} label={t('principles')} />
          </li>
        ))}
      </ol>
    </Page>
  );
}
