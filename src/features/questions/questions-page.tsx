import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { PrincipleTags } from '@/components/principle-tags';
import { useLang } from '@/components/use-lang';
import { pickText } from '@/domain/content';
import { content } from '@/lib/content';
import { useAppStore } from '@/stores/app-store';

export function QuestionsPage() {
  const { t } = useTranslation('questions');
  const lang = useLang();
  const drafts = useAppStore((s) => s.questionDrafts);
  const answered = (id: string, fromContent: boolean): boolean => {
    const draft = drafts[id];
    return draft ? draft.keyPoints.trim() !== '' || draft.draft.trim() !== '' : fromContent;
  };
  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      <ol className="card-list">
        {content.questions.map((q) => (
          <li key={q.id} className="card">
            <h2 className="card-title">
              <Link to={`/questions/${q.id}`}>{pickText(q.prompt, lang)}</Link>
            </h2>
            {!answered(q.id, q.answered) && <p className="badge">{t('unanswered')}</p>}
            <PrincipleTags ids={q.principles} label={t('principles')} />
          </li>
        ))}
      </ol>
    </Page>
  );
}
