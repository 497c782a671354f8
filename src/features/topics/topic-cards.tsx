import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AddCard, CardItem } from '@/components/card-editor';
import { useHashTarget } from '@/components/hash-target';
import { LazyMarkdown } from '@/components/lazy-markdown';
import { RichText } from '@/components/rich-text';
import { Section } from '@/components/section';
import { UndoNotice } from '@/components/undo-notice';
import { useLang } from '@/components/use-lang';
import { pickText, type RenderedTopic } from '@/domain/content';
import { cardsToTopicMarkdown } from '@/domain/content-export';
import { content } from '@/lib/content';
import { downloadText } from '@/lib/download';
import { useLiveCardModel } from '@/lib/use-live-cards';
import { useAppStore } from '@/stores/app-store';

/** The topic's cards: content's (with the user's edits over them), then the user's own. */
export function TopicCards({ topic }: { topic: RenderedTopic }) {
  const { t } = useTranslation('topics');
  const { t: tcards } = useTranslation('cards');
  const lang = useLang();
  const model = useLiveCardModel();
  const overlays = useAppStore((s) => s.cards);
  const restoreCard = useAppStore((s) => s.restoreCard);
  const [deleted, setDeleted] = useState<{ id: string; question: string } | null>(null);
  // The list comes after the page: an address that names one of its cards is reached once it is here.
  useHashTarget();
  const deck = `topic:${topic.id}` as const;
  const own = (model.decks.get(deck) ?? []).filter((id) => model.cardById.get(id)?.kind === 'own');
  const title = pickText(topic.title, lang);
  const decks = {
    topics: content.topics.map((tp) => ({ id: tp.id, title: pickText(tp.title, lang) })),
    ownDecks: model.ownDecks,
  };
  const exportOwn = (): void => {
    const cards = own.flatMap((id) => overlays[id] ?? []);
    downloadText(`${topic.id}-my-cards.md`, cardsToTopicMarkdown({ title: `${title} (${tcards('mine')})`, tags: topic.tags, cards }), 'text/markdown');
  };
  return (
    <Section title={t('cards')}>
      {(model.decks.get(deck)?.length ?? 0) > 0 && (
        <p className="row">
          <Link className="button" to={`/review?deck=${deck}`}>
            {t('drill')}
          </Link>
        </p>
      )}
      {topic.cards.length === 0 && own.length === 0 ? (
        <p className="prompt">{t('noCards')}</p>
      ) : (
        <ol className="flashcard-list">
          {topic.cards.map((card) => {
            const overlay = overlays[card.id];
            return (
              <CardItem
                key={card.id}
                id={card.id}
                question={overlay?.question ?? card.question}
                answer={overlay ? <LazyMarkdown>{overlay.answer}</LazyMarkdown> : <RichText tree={card.answer} />}
                original={{ question: card.question, answer: card.source }}
                overlay={overlay}
              />
            );
          })}
          {own.map((id) => {
            const overlay = overlays[id];
            if (!overlay) return null;
            return (
              <CardItem
                key={id}
                id={id}
                question={overlay.question}
                answer={<LazyMarkdown>{overlay.answer}</LazyMarkdown>}
                original={null}
                overlay={overlay}
                onDeleted={(cardId, question) => setDeleted({ id: cardId, question })}
              />
            );
          })}
        </ol>
      )}
      {deleted && overlays[deleted.id]?.deleted && (
        <UndoNotice
          message={tcards('deleted', { question: deleted.question })}
          undoLabel={tcards('undo')}
          onUndo={() => {
            restoreCard(deleted.id);
            setDeleted(null);
          }}
        />
      )}
      <div className="row">
        <AddCard deck={deck} decks={decks} />
        {own.length > 0 && (
          <button type="button" className="button ghost" onClick={exportOwn}>
            {tcards('exportDeck')}
          </button>
        )}
      </div>
    </Section>
  );
}
