import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UndoNotice } from '@/components/undo-notice';
import { useLang } from '@/components/use-lang';
import {
  ownDeckName,
  parseCardText,
  planCardImport,
  writeAnki,
  writeQuizlet,
  type ImportPlan,
  type InteropCard,
  type LineProblem,
  type ParsedImport,
} from '@/domain/card-interop';
import type { CardOverlay } from '@/domain/overlays';
import { downloadText } from '@/lib/download';
import { useAppStore } from '@/stores/app-store';
import { deepEqual } from '@/stores/validation';
import { deckHref, deckName, type Deck } from './decks';

const PREVIEW_ROWS = 10;
const PROBLEMS_SHOWN = 50;

function useProblemText(): (problem: LineProblem) => string {
  const { t } = useTranslation('review');
  return (problem) => {
    switch (problem.kind) {
      case 'bad-header':
        return t('transfer.problems.badHeader', { header: problem.header });
      case 'too-long':
        return t('transfer.problems.tooLong', { max: problem.max });
      case 'no-separator':
        return t('transfer.problems.noSeparator');
      case 'empty-question':
        return t('transfer.problems.emptyQuestion');
      case 'empty-answer':
        return t('transfer.problems.emptyAnswer');
      case 'one-field':
        return t('transfer.problems.oneField');
      case 'unclosed-quote':
        return t('transfer.problems.unclosedQuote');
    }
  };
}

/** A deck name from a file name: without its extension, tidied. */
function nameFromFile(fileName: string): string {
  return fileName
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[_]+/g, ' ')
    .trim();
}

type ImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'preview'; readonly parsed: ParsedImport; readonly deck: string; readonly source: string }
  | { readonly step: 'done'; readonly plan: ImportPlan; readonly name: string }
  | { readonly step: 'undone'; readonly removed: number; readonly kept: number };

/**
 * Import from Anki ("Notes in Plain Text") or Quizlet (pasted or from a file): a preview with the
 * cards found and every line refused with its reason; nothing is written until `Add` is pressed.
 * The cards become the user's own cards in the deck `own:<name>` (the cards slice of the live
 * model); `Undo` takes back the cards still as they were imported.
 */
export function ImportCards({ ownDecks }: { ownDecks: readonly string[] }) {
  const { t } = useTranslation('review');
  const ids = useId();
  const problemText = useProblemText();
  const putCards = useAppStore((s) => s.putCards);
  const [text, setText] = useState('');
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [readError, setReadError] = useState<string | null>(null);

  const preview = (source: string, fallbackName: string): void => {
    const parsed = parseCardText(source);
    setState({ step: 'preview', parsed, source, deck: (parsed.deck ?? fallbackName).replace(/::/g, ' - ').trim() || t('transfer.defaultDeck') });
  };

  const chooseFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setReadError(null);
    try {
      const content = await file.text();
      setText(content);
      preview(content, nameFromFile(file.name));
    } catch {
      setReadError(t('transfer.unreadable'));
    }
  };

  const submitText = (event: FormEvent): void => {
    event.preventDefault();
    if (text.trim() === '') {
      setReadError(t('transfer.emptyText'));
      return;
    }
    setReadError(null);
    preview(text, t('transfer.defaultDeck'));
  };

  const confirm = (event: FormEvent): void => {
    event.preventDefault();
    if (state.step !== 'preview' || state.parsed.cards.length === 0 || ownDeckName(state.deck) === '') return;
    const plan = planCardImport({
      cards: state.parsed.cards.map((c) => c.card),
      deckName: state.deck,
      existing: useAppStore.getState().cards,
      now: Date.now(),
    });
    putCards(plan.records);
    setState({ step: 'done', plan, name: plan.deck.slice(4) });
    setText('');
  };

  /** Removes the imported cards still exactly as imported; a card changed since is kept. */
  const undo = (plan: ImportPlan): void => {
    const current = useAppStore.getState().cards;
    const removal: Record<string, CardOverlay | undefined> = {};
    let kept = 0;
    for (const [id, card] of Object.entries(plan.records)) {
      if (deepEqual(current[id], card)) removal[id] = undefined;
      else if (current[id] !== undefined) kept += 1;
    }
    putCards(removal);
    setState({ step: 'undone', removed: Object.keys(removal).length, kept });
  };
  const target = state.step === 'preview' ? ownDeckName(state.deck) : '';

  return (
    <div className="card-import">
      <form onSubmit={submitText}>
        <div className="field">
          <label htmlFor={`${ids}-file`}>{t('transfer.file')}</label>
          <p className="help" id={`${ids}-file-help`}>
            {t('transfer.fileHelp')}
          </p>
          <input
            id={`${ids}-file`}
            type="file"
            accept=".txt,.csv,.tsv,text/plain,text/csv,text/tab-separated-values"
            aria-describedby={`${ids}-file-help`}
            onChange={(e) => void chooseFile(e.target.files?.[0])}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-text`}>{t('transfer.text')}</label>
          <textarea id={`${ids}-text`} rows={5} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" className="button ghost">
          {t('transfer.read')}
        </button>
        {readError !== null && (
          <p className="error" role="alert">
            {readError}
          </p>
        )}
      </form>

      {state.step === 'preview' && (
        <form onSubmit={confirm} aria-labelledby={`${ids}-preview`} className="import-preview">
          <h3 id={`${ids}-preview`}>{t('transfer.previewTitle')}</h3>
          <p role="status">
            {t(state.parsed.format === 'anki' ? 'transfer.foundAnki' : 'transfer.foundQuizlet', { count: state.parsed.cards.length })}{' '}
            {state.parsed.problems.length > 0 && t('transfer.refused', { count: state.parsed.problems.length })}
          </p>
          {state.parsed.problems.length > 0 && (
            <div className="notice error">
              <p>
                <strong>{t('transfer.problemsTitle')}</strong>
              </p>
              <ul>
                {state.parsed.problems.slice(0, PROBLEMS_SHOWN).map(({ line, problem }) => (
                  <li key={`${line}-${problem.kind}`}>{t('transfer.line', { line, problem: problemText(problem) })}</li>
                ))}
              </ul>
              {state.parsed.problems.length > PROBLEMS_SHOWN && <p>{t('transfer.moreProblems', { count: state.parsed.problems.length - PROBLEMS_SHOWN })}</p>}
            </div>
          )}
          {state.parsed.cards.length > 0 && (
            <>
              <div className="table-scroll" role="region" aria-labelledby={`${ids}-cards`} tabIndex={0}>
                <table className="deck-table">
                  <caption id={`${ids}-cards`}>
                    {state.parsed.cards.length > PREVIEW_ROWS
                      ? t('transfer.previewCaption', { shown: PREVIEW_ROWS, count: state.parsed.cards.length })
                      : t('transfer.previewCaptionAll', { count: state.parsed.cards.length })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('transfer.lineHeader')}</th>
                      <th scope="col">{t('transfer.question')}</th>
                      <th scope="col">{t('transfer.answer')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {state.parsed.cards.slice(0, PREVIEW_ROWS).map(({ line, card }) => (
                      <tr key={line}>
                        <th scope="row" className="num">
                          {line}
                        </th>
                        <td className="pre-line">{card.question}</td>
                        <td className="pre-line">{card.answer}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="field">
                <label htmlFor={`${ids}-deck`}>{t('transfer.deckName')}</label>
                <input
                  id={`${ids}-deck`}
                  type="text"
                  value={state.deck}
                  maxLength={60}
                  required
                  aria-describedby={`${ids}-deck-help`}
                  onChange={(e) => setState({ ...state, deck: e.target.value })}
                />
                <p className="help" id={`${ids}-deck-help`}>
                  {ownDecks.includes(target) ? t('transfer.deckExists', { deck: target }) : t('transfer.deckNew')}
                </p>
              </div>
            </>
          )}
          <p className="row">
            <button type="submit" className="button" disabled={state.parsed.cards.length === 0 || target === ''}>
              {t('transfer.add', { count: state.parsed.cards.length })}
            </button>
            <button type="button" className="button ghost" onClick={() => setState({ step: 'idle' })}>
              {t('transfer.cancel')}
            </button>
          </p>
        </form>
      )}

      {state.step === 'done' && (
        <>
          <UndoNotice
            message={`${t('transfer.added', { count: state.plan.added, deck: state.name })}${state.plan.skipped > 0 ? ` ${t('transfer.skipped', { count: state.plan.skipped })}` : ''}`}
            undoLabel={t('transfer.undo')}
            onUndo={() => undo(state.plan)}
          />
          {state.plan.added > 0 && (
            <p>
              <Link to={deckHref(state.plan.deck)}>{t('transfer.reviewThem')}</Link>
            </p>
          )}
        </>
      )}
      {state.step === 'undone' && (
        <p role="status" className="notice">
          {t('transfer.undone', { count: state.removed })} {state.kept > 0 && t('transfer.keptChanged', { count: state.kept })}
        </p>
      )}
    </div>
  );
}

/** File-name-safe version of a deck's name. */
const fileName = (name: string): string =>
  name
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim() || 'cards';

/**
 * Export any deck as Anki's "Notes in Plain Text" or Quizlet text. `cardsOf` gives a deck's cards
 * as text (it may load the card faces first).
 */
export function ExportCards({ decks, cardsOf }: { decks: readonly Deck[]; cardsOf: (deck: Deck) => Promise<InteropCard[]> }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  const ids = useId();
  const [deckId, setDeckId] = useState<string>(decks[0]?.id ?? '');
  const [format, setFormat] = useState<'anki' | 'quizlet'>('anki');
  const [done, setDone] = useState<string | null>(null);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const deck = decks.find((d) => d.id === deckId);
    if (!deck) return;
    const name = deckName(deck.id, lang, t);
    const cards = await cardsOf(deck);
    const text = format === 'anki' ? writeAnki(cards, `Loop Prep::${name}`) : writeQuizlet(cards);
    const file = `${fileName(name)} (${format === 'anki' ? 'Anki' : 'Quizlet'}).txt`;
    downloadText(file, text, 'text/plain');
    setDone(t('transfer.exported', { count: cards.length, file }));
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="card-export">
      <div className="field">
        <label htmlFor={`${ids}-deck`}>{t('transfer.exportDeck')}</label>
        <select id={`${ids}-deck`} value={deckId} onChange={(e) => setDeckId(e.target.value)}>
          {decks.map((deck) => (
            <option key={deck.id} value={deck.id}>
              {deckName(deck.id, lang, t)} ({deck.cardIds.length})
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t('transfer.format')}</legend>
        <label>
          <input type="radio" name={`${ids}-format`} value="anki" checked={format === 'anki'} onChange={() => setFormat('anki')} /> {t('transfer.formatAnki')}
        </label>
        <label>
          <input type="radio" name={`${ids}-format`} value="quizlet" checked={format === 'quizlet'} onChange={() => setFormat('quizlet')} />{' '}
          {t('transfer.formatQuizlet')}
        </label>
      </fieldset>
      <button type="submit" className="button ghost">
        {t('transfer.export')}
      </button>
      {done !== null && (
        <p role="status" className="meta">
          {done}
        </p>
      )}
    </form>
  );
}
