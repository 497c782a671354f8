import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { UndoNotice } from '@/components/undo-notice';
import { useAppStore } from '@/stores/app-store';
import { isDeletedQuestionState, NewQuestion } from './question-form';
import { Page } from '@/components/page';
import { PrincipleTags } from '@/components/principle-tags';
import { useLang } from '@/components/use-lang';
import { pickText } from '@/domain/content';
import { useLiveModel } from '@/lib/use-live-model';

function DeletedQuestions() {
  const { t } = useTranslation('questions');
  const lang = useLang();
  const deleted = useLiveModel().deletedQuestions;
  const restoreOwnQuestion = useAppStore((s) => s.restoreOwnQuestion);
  if (deleted.length === 0) return null;
  return (
    <details className="deleted-stories">
      <summary>{t('deletedList', { count: deleted.length })}</summary>
      <ul className="link-list">
        {deleted.map((q) => (
          <li key={q.id} className="row">
            <span>{pickText(q.prompt, lang)}</span>
            <button type="button" className="button ghost" onClick={() => restoreOwnQuestion(q.id)}>
              {t('restore')} <span className="visually-hidden">{pickText(q.prompt, lang)}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function QuestionsPage() {
  const { t } = useTranslation('questions');
  const lang = useLang();
  const model = useLiveModel();
  const location = useLocation();
  const restoreOwnQuestion = useAppStore((s) => s.restoreOwnQuestion);
  const [deleted] = useState(() => (isDeletedQuestionState(location.state) ? location.state.deletedQuestion : null));
  const [adding, setAdding] = useState(false);
  const stillDeleted = useAppStore((s) => (deleted === null ? false : s.ownQuestions[deleted.id]?.deleted === true));
  return (
    <Page
      title={t('title')}
      lead={<p>{t('lead')}</p>}
      actions={
        !adding && (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            {t('newQuestion')}
          </button>
        )
      }
    >
      {deleted && stillDeleted && (
        <UndoNotice message={t('deleted', { prompt: deleted.prompt })} undoLabel={t('undo')} onUndo={() => restoreOwnQuestion(deleted.id)} />
      )}
      {adding && <NewQuestion onClose={() => setAdding(false)} />}
      <ol className="card-list">
        {model.questions.map((q) => (
          <li key={q.id} className="card">
            <h2 className="card-title">
              <Link to={`/questions/${q.id}`}>{pickText(q.prompt, lang).trim() || t('emptyPrompt')}</Link>
            </h2>
            {q.origin === 'app' && <p className="badge">{t('mine')}</p>}
            {!q.answered && <p className="badge">{t('unanswered')}</p>}
            <PrincipleTags ids={q.principles} label={t('principles')} />
          </li>
        ))}
      </ol>
      <DeletedQuestions />
    </Page>
  );
}
