import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { loaders } from 'virtual:loop-prep/loaders/topics';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { RichText } from '@/components/rich-text';
import { Section } from '@/components/section';
import { outlineOf } from '@/components/outline';
import { Sources } from '@/components/sources';
import { BackToTop, TableOfContents } from '@/components/table-of-contents';
import { useLang } from '@/components/use-lang';
import { pickText } from '@/domain/content';
import { useEntry } from '@/lib/use-entry';

/** A table of contents once the notes have this many sections. */
const MIN_TOC_ENTRIES = 3;

export function TopicPage() {
  const { t } = useTranslation('topics');
  const lang = useLang();
  const { id } = useParams();
  const topic = useEntry('topics', loaders, id);
  const tree = topic?.notes ?? null;
  const notes = useMemo(() => (tree ? outlineOf(tree) : null), [tree]);
  if (!topic) return <NotFound />;
  return (
    <Page title={pickText(topic.title, lang)} lead={<p className="meta">{t('round', { round: topic.round })}</p>}>
      {notes !== null && notes.entries.length >= MIN_TOC_ENTRIES && <TableOfContents entries={notes.entries} />}
      <Section title={t('notes')}>{notes === null ? <p className="prompt">{t('noNotes')}</p> : <RichText tree={notes.tree} />}</Section>
      <Section title={t('cards')}>
        {topic.cards.length > 0 && (
          <p className="row">
            <Link className="button" to={`/review?deck=topic:${topic.id}`}>
              {t('drill')}
            </Link>
          </p>
        )}
        {topic.cards.length === 0 ? (
          <p className="prompt">{t('noCards')}</p>
        ) : (
          <ol className="flashcard-list">
            {topic.cards.map((card) => (
              <li key={card.id}>
                <details>
                  <summary>{card.question}</summary>
                  <RichText tree={card.answer} />
                </details>
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Sources urls={topic.sources} />
      <BackToTop />
      <p>
        <Link to="/topics">← {t('back')}</Link>
      </p>
    </Page>
  );
}
