import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { newOwnCardId, ownDeckId } from '@/domain/own-ids';
import type { CardOverlay } from '@/domain/overlays';
import { useAppStore } from '@/stores/app-store';
import { GrowingTextarea } from './growing-textarea';
import { RevertNotice } from './revert-notice';

export interface CardText {
  readonly question: string;
  readonly answer: string;
}

/** The decks a new card can join: a topic's, or one of the user's own (existing or new). */
export interface DeckOptions {
  readonly topics: readonly { readonly id: string; readonly title: string }[];
  readonly ownDecks: readonly string[];
}

const NEW_DECK = '';

function Field({
  label,
  help,
  value,
  onChange,
  error,
  rows,
  inputRef,
}: {
  label: string;
  help?: string;
  value: string;
  onChange: (v: string) => void;
  error: string | null;
  rows: number;
  inputRef?: React.Ref<HTMLTextAreaElement>;
}) {
  const id = useId();
  const described = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {help && (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      <GrowingTextarea
        id={id}
        ref={inputRef}
        rows={rows}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The fields of one card (`Question`, `Answer`, and for a new card its deck), saved with one
 * button; nothing is stored until then, and Cancel leaves the card as it was.
 */
export function CardForm({
  label,
  initial,
  deck,
  decks,
  submitLabel,
  onSubmit,
  onCancel,
  cancelLabel,
  status,
}: {
  label: string;
  initial: CardText;
  /** The deck a new card starts in; with `decks`, the user can choose another. */
  deck?: string;
  decks?: DeckOptions;
  submitLabel: string;
  onSubmit: (card: CardText & { deck: string | null }) => void;
  onCancel: () => void;
  cancelLabel?: string;
  status?: ReactNode;
}) {
  const { t } = useTranslation('cards');
  const [question, setQuestion] = useState(initial.question);
  const [answer, setAnswer] = useState(initial.answer);
  const [choice, setChoice] = useState(deck ?? NEW_DECK);
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const deckId = useId();
  const nameId = useId();
  const questionRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    questionRef.current?.focus();
  }, []);

  const chosenDeck = decks ? (choice === NEW_DECK ? (name.trim() === '' ? null : ownDeckId(name)) : choice) : (deck ?? null);
  const errors = {
    question: question.trim() === '' ? t('needQuestion') : null,
    answer: answer.trim() === '' ? t('needAnswer') : null,
    deck: decks && chosenDeck === null ? t('needDeck') : null,
  };
  const submit = (): void => {
    setTried(true);
    if (errors.question || errors.answer || errors.deck) return;
    onSubmit({ question: question.trim(), answer: answer.trim(), deck: chosenDeck });
    setQuestion('');
    setAnswer('');
    setTried(false);
    questionRef.current?.focus();
  };

  return (
    <form
      className="card-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      {decks && (
        <div className="field">
          <label htmlFor={deckId}>{t('deck')}</label>
          <select id={deckId} value={choice} onChange={(e) => setChoice(e.target.value)}>
            {decks.topics.length > 0 && (
              <optgroup label={t('deckTopics')}>
                {decks.topics.map((topic) => (
                  <option key={topic.id} value={`topic:${topic.id}`}>
                    {topic.title}
                  </option>
                ))}
              </optgroup>
            )}
            {decks.ownDecks.length > 0 && (
              <optgroup label={t('deckOwn')}>
                {decks.ownDecks.map((own) => (
                  <option key={own} value={`own:${own}`}>
                    {own}
                  </option>
                ))}
              </optgroup>
            )}
            <option value={NEW_DECK}>{t('newDeck')}</option>
          </select>
          {choice === NEW_DECK && (
            <div className="field">
              <label htmlFor={nameId}>{t('deckName')}</label>
              <p className="help" id={`${nameId}-help`}>
                {t('deckNameHelp')}
              </p>
              <input
                id={nameId}
                type="text"
                value={name}
                maxLength={60}
                aria-describedby={`${nameId}-help${tried && errors.deck ? ` ${nameId}-error` : ''}`}
                aria-invalid={tried && errors.deck ? true : undefined}
                onChange={(e) => setName(e.target.value)}
              />
              {tried && errors.deck && (
                <p className="field-error" id={`${nameId}-error`}>
                  {errors.deck}
                </p>
              )}
            </div>
          )}
        </div>
      )}
      <Field label={t('question')} value={question} onChange={setQuestion} error={tried ? errors.question : null} rows={2} inputRef={questionRef} />
      <Field label={t('answer')} help={t('answerHelp')} value={answer} onChange={setAnswer} error={tried ? errors.answer : null} rows={4} />
      <div className="row">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        <button type="button" className="button ghost" onClick={onCancel}>
          {cancelLabel ?? t('cancel')}
        </button>
      </div>
      {status}
    </form>
  );
}

/** `Add card`: opens the form; each card saved joins the chosen deck at once. */
export function AddCard({ deck, decks }: { deck: string; decks: DeckOptions }) {
  const { t } = useTranslation('cards');
  const saveCard = useAppStore((s) => s.saveCard);
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!open && wasOpen.current) toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (!open) {
    return (
      <button ref={toggle} type="button" className="button" onClick={() => setOpen(true)}>
        {t('add')}
      </button>
    );
  }
  const deckName = (id: string): string => (id.startsWith('own:') ? id.slice(4) : (decks.topics.find((topic) => `topic:${topic.id}` === id)?.title ?? id));
  return (
    <CardForm
      label={t('addTitle')}
      initial={{ question: '', answer: '' }}
      deck={deck}
      decks={decks}
      submitLabel={t('add')}
      cancelLabel={t('close')}
      onSubmit={(card) => {
        if (card.deck === null) return;
        saveCard(newOwnCardId(Date.now()), card);
        setAdded(deckName(card.deck));
      }}
      onCancel={() => {
        setAdded(null);
        setOpen(false);
      }}
      status={
        <p role="status" className="meta">
          {added === null ? '' : t('added', { deck: added })}
        </p>
      }
    />
  );
}

/**
 * One card in a list: its question (the answer under it, opened on demand), `Edit` in place, and
 * for a card of the user's own `Delete`; a content card's edit overlays it and can be restored.
 */
export function CardItem({
  id,
  question,
  answer,
  original,
  overlay,
  onDeleted,
}: {
  id: string;
  question: string;
  /** The answer as shown (rendered). */
  answer: ReactNode;
  /** A content card's text as content has it; null for a card of the user's own. */
  original: CardText | null;
  overlay: CardOverlay | undefined;
  onDeleted?: (id: string, question: string) => void;
}) {
  const { t } = useTranslation('cards');
  const saveCard = useAppStore((s) => s.saveCard);
  const revertCard = useAppStore((s) => s.revertCard);
  const putCard = useAppStore((s) => s.putCard);
  const deleteCard = useAppStore((s) => s.deleteCard);
  const [editing, setEditing] = useState(false);
  const questionId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const current: CardText = overlay ?? original ?? { question, answer: '' };
  const differs = original !== null && overlay !== undefined && (overlay.question !== original.question || overlay.answer !== original.answer);

  if (editing) {
    return (
      <li className="card-item editing">
        <CardForm
          label={t('editTitle')}
          initial={current}
          submitLabel={t('save')}
          onSubmit={(card) => {
            if (original !== null && card.question === original.question && card.answer === original.answer) revertCard(id);
            else saveCard(id, { question: card.question, answer: card.answer, deck: overlay?.deck ?? null });
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="card-item">
      <details>
        <summary id={questionId}>{question}</summary>
        {answer}
      </details>
      <div className="row card-item-actions">
        {original === null && <span className="badge">{t('mine')}</span>}
        {differs && <span className="badge">{t('edited')}</span>}
        <button ref={editButton} type="button" className="button ghost small" aria-describedby={questionId} onClick={() => setEditing(true)}>
          {t('edit')}
        </button>
        {original === null && (
          <button
            type="button"
            className="button ghost small"
            aria-describedby={questionId}
            onClick={() => {
              deleteCard(id);
              onDeleted?.(id, question);
            }}
          >
            {t('delete')}
          </button>
        )}
      </div>
      {original !== null && (
        <RevertNotice
          differs={differs}
          overlay={overlay}
          onRevert={() => revertCard(id)}
          onRestore={(saved) => putCard(id, { ...saved, updatedAt: Date.now() })}
          text={{ differs: t('differs'), revert: t('restore'), reverted: t('restored'), undo: t('undo') }}
        />
      )}
    </li>
  );
}
