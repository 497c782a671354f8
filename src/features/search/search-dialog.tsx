import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '@/components/use-lang';
import type { Lang } from '@/domain/content';
import { useAppStore } from '@/stores/app-store';
import { searchClient } from './engine';
import type { Segment } from './highlight';
import type { SearchAnswer, SearchHit } from './search-index';

function Marked({ segments }: { segments: readonly Segment[] }) {
  return segments.map((s, i) => (typeof s === 'string' ? s : <mark key={i}>{s.mark}</mark>));
}

/**
 * The answer to the query, from the index (built on first use, in a worker where the browser has
 * one) brought up to date with the live notes first; null until the first answer arrives.
 */
function useAnswer(query: string, lang: Lang): { readonly query: string; readonly answer: SearchAnswer | null } | null {
  const [client] = useState(searchClient);
  const stories = useAppStore((s) => s.stories);
  const questionDrafts = useAppStore((s) => s.questionDrafts);
  const cards = useAppStore((s) => s.cards);
  const ownQuestions = useAppStore((s) => s.ownQuestions);
  const principleNotes = useAppStore((s) => s.principleNotes);
  const [result, setResult] = useState<{ readonly query: string; readonly answer: SearchAnswer | null } | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  if (failed) throw failed;
  useEffect(() => {
    let current = true;
    client.sync({ stories, questionDrafts, cards, ownQuestions, principleNotes });
    client.search(query, lang).then(
      (answer) => current && setResult({ query, answer }),
      (error: unknown) => current && setFailed(error),
    );
    return () => {
      current = false;
    };
  }, [client, query, lang, stories, questionDrafts, cards, ownQuestions, principleNotes]);
  return result;
}

/**
 * Search over the notes, in a modal dialog: a combobox (the search box) and a listbox of results
 * grouped by kind. Arrow keys move through the results, Enter opens one, Escape closes; focus goes
 * back to what opened search, or to the page a result leads to.
 */
export function SearchDialog({ typed = '', onClose, onGo }: { typed?: string; onClose: () => void; onGo: (href: string) => void }) {
  const { t } = useTranslation('search');
  const lang = useLang();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<Element | null>(null);
  // Until the box has focus, what is typed while search opens comes from the opener.
  const [edited, setQuery] = useState<string | null>(null);
  const query = edited ?? typed;
  const [active, setActive] = useState(0);
  const result = useAnswer(query, lang);
  const answer = result?.answer ?? null;
  const hits: SearchHit[] = useMemo(() => answer?.groups.flatMap((g) => g.hits) ?? [], [answer]);
  const current = Math.min(active, hits.length - 1);
  const optionId = (i: number): string => `${id}-option-${i}`;

  useLayoutEffect(() => {
    const element = dialog.current;
    opener.current = document.activeElement;
    if (element && !element.open) element.showModal();
    input.current?.focus();
    return () => {
      if (element?.open) element.close();
      // Back to what opened search (the button, or where the key was pressed).
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    };
  }, []);

  useEffect(() => {
    if (current >= 0) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  });

  const open = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    onClose();
    onGo(hit.doc.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(hits[current]);
    }
  };

  let index = 0;
  const status =
    result === null
      ? t('preparing')
      : answer === null
        ? t('hint')
        : answer.total === 0
          ? t('none', { query: result.query.trim() })
          : t('count', { count: answer.total });
  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog box itself, outside its panel) closes it.
        if (event.target === dialog.current) onClose();
      }}
    >
      <div className="search-panel">
        <div className="search-top">
          <h2 id={`${id}-title`} className="visually-hidden">
            {t('dialog')}
          </h2>
          <label htmlFor={`${id}-input`} className="visually-hidden">
            {t('label')}
          </label>
          <input
            ref={input}
            id={`${id}-input`}
            className="search-input"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={hits.length > 0}
            aria-controls={hits.length > 0 ? `${id}-list` : undefined}
            aria-activedescendant={current >= 0 ? optionId(current) : undefined}
            aria-describedby={`${id}-status`}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="go"
            placeholder={t('placeholder')}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <button type="button" className="button ghost search-close" onClick={onClose}>
            {t('close')}
          </button>
        </div>
        <p id={`${id}-status`} className="search-status" role="status">
          {status}
        </p>
        {hits.length > 0 && (
          <div id={`${id}-list`} role="listbox" aria-label={t('results')} className="search-results">
            {answer?.groups.map((group) => (
              <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`} className="search-group">
                <div role="presentation" className="search-group-title">
                  <span id={`${id}-${group.kind}`}>{t(`kind.${group.kind}`)}</span>
                  {group.total > group.hits.length && (
                    <span className="search-group-count"> ({t('more', { shown: group.hits.length, total: group.total })})</span>
                  )}
                </div>
                {group.hits.map((hit) => {
                  const i = index++;
                  return (
                    <div
                      key={hit.doc.id}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === current}
                      className="search-option"
                      onClick={() => open(hit)}
                      onPointerMove={() => i !== current && setActive(i)}
                    >
                      <span className="search-option-title">
                        <Marked segments={hit.title} />
                      </span>
                      {hit.context !== null && <span className="search-option-context">{hit.context}</span>}
                      {hit.snippet.length > 0 && (
                        <span className="search-option-snippet">
                          <Marked segments={hit.snippet} />
                        </span>
                      )}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
        )}
        <p className="search-keys keys-help" aria-hidden="true">
          {t('keys')}
        </p>
      </div>
    </dialog>
  );
}
