import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CardForm } from '@/components/card-editor';
import { GrowingTextarea } from '@/components/growing-textarea';
import type { CardFace, PromptCardFace, TopicCardFace } from '@/domain/cards';
import { contentSources } from '@/lib/card-faces';
import { useAppStore } from '@/stores/app-store';

/** Which cards can be edited in a session: question-and-answer cards and expected-question prompts. */
export function isEditable(face: CardFace): boolean {
  return face.kind === 'topic' || (face.kind === 'prompt' && face.source === 'question');
}

function EditTopicCard({ face, onClose }: { face: TopicCardFace; onClose: () => void }) {
  const { t } = useTranslation('cards');
  const saveCard = useAppStore((s) => s.saveCard);
  const revertCard = useAppStore((s) => s.revertCard);
  return (
    <CardForm
      label={t('editTitle')}
      initial={{ question: face.question, answer: face.answer }}
      submitLabel={t('save')}
      onCancel={onClose}
      onSubmit={(card) => {
        if (face.origin === 'own') saveCard(face.id, { question: card.question, answer: card.answer, deck: face.deck });
        else {
          // An edit that reads as content again is no edit: the card goes back to the original.
          const original = contentSources.faces.get(face.id);
          if (original?.kind === 'topic' && original.question === card.question && original.answer === card.answer) revertCard(face.id);
          else saveCard(face.id, { question: card.question, answer: card.answer, deck: null });
        }
        onClose();
      }}
    />
  );
}

function EditQuestionPrompt({ face, onClose }: { face: PromptCardFace; onClose: () => void }) {
  const { t } = useTranslation('review');
  const id = useId();
  const saveQuestionDraft = useAppStore((s) => s.saveQuestionDraft);
  const [keyPoints, setKeyPoints] = useState(face.keyPoints);
  const [draft, setDraft] = useState(face.draft);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form
      className="card-form"
      aria-label={t('edit.questionTitle')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        const questionId = face.sourceId;
        // The linked stories stay as they are: the draft's if the user has one, else content's.
        const stories = useAppStore.getState().questionDrafts[questionId]?.stories ?? contentSources.questions.get(questionId)?.stories ?? [];
        saveQuestionDraft(questionId, { keyPoints, draft, stories });
        onClose();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-k`}>{t('edit.keyPoints')}</label>
        <GrowingTextarea id={`${id}-k`} ref={first} rows={4} value={keyPoints} onChange={(e) => setKeyPoints(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-d`}>{t('edit.draft')}</label>
        <GrowingTextarea id={`${id}-d`} rows={5} value={draft} onChange={(e) => setDraft(e.target.value)} />
      </div>
      <div className="row">
        <button type="submit" className="button">
          {t('edit.save')}
        </button>
        <button type="button" className="button ghost" onClick={onClose}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Why a card cannot be edited here, and what changes it instead. */
function NotEditable({ face, onClose }: { face: CardFace; onClose: () => void }) {
  const { t } = useTranslation('review');
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="notice" role="status">
      {face.kind === 'prompt' && face.source === 'principle' ? (
        <p>
          {t('edit.cannotPrinciple')} <Link to={`/stories/new?principle=${face.sourceId}`}>{t('card.writeStory')}</Link>
        </p>
      ) : (
        <p>{t('edit.cannotRecall')}</p>
      )}
      <button ref={close} type="button" className="button ghost" onClick={onClose}>
        {t('edit.close')}
      </button>
    </div>
  );
}

/**
 * `Edit card` in a session: the card being reviewed, edited in place. Saving or cancelling closes
 * it; the session stays on the same card, the same side, with the same counts.
 */
export function EditCardPanel({ face, onClose }: { face: CardFace; onClose: () => void }) {
  const { t } = useTranslation('review');
  const headingId = useId();
  return (
    <section className="edit-card card" aria-labelledby={headingId}>
      <h2 id={headingId} className="side-label">
        {t('session.editCard')}
      </h2>
      {face.kind === 'topic' ? (
        <EditTopicCard face={face} onClose={onClose} />
      ) : face.kind === 'prompt' && face.source === 'question' ? (
        <EditQuestionPrompt face={face} onClose={onClose} />
      ) : (
        <NotEditable face={face} onClose={onClose} />
      )}
    </section>
  );
}
