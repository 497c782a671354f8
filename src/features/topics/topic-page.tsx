import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { loaders } from 'virtual:loop-prep/loaders/topics';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { RichText } from '@/components/rich-text';
import { Section } from '@/components/section';
import { outlineOf } from '@/components/outline';
import { Sources } from '@/components/sources';
import { useHashTarget } from '@/components/hash-target';
import { BackToTop, TableOfContents } from '@/components/table-of-contents';
import { useLang } from '@/components/use-lang';
import { pickText } from '@/domain/content';
import { useEntry } from '@/lib/use-entry';

/** A table of contents once the notes have this many sections. */
const MIN_TOC_ENTRIES = 3;

// The cards come after the notes (far below the first screen) with their editor: their own chunk.
const TopicCards = lazy(async () => ({ default: (await import('./topic-cards')).TopicCards }));

export function TopicPage() {
  const { t } = useTranslation('topics');
  const lang = useLang();
  const { id } = useParams();
  const topic = useEntry('topics', loaders, id);
  const tree = topic?.notes ?? null;
  const notes = useMemo(() => (tree ? outlineOf(tree) : null), [tree]);
  useHashTarget();
  if (!topic) return <NotFound />;
  return (
    <Page title={pickText(topic.title, lang)} lead={<p className="meta">{t('round', { round: topic.round })}</p>}>
      {notes !== null && notes.entries.length >= MIN_TOC_ENTRIES && <TableOfContents entries={notes.entries} />}
      <Section title={t('notes')}>{notes === null ? <p className="prompt">{t('noNotes')}</p> : <RichText tree={notes.tree} />}</Section>
      <Suspense fallback={null}>
        <TopicCards topic={topic} />
      </Suspense>
      <Sources urls={topic.sources} />
      <BackToTop />
      <p>
        <Link to="/topics">← {t('back')}</Link>
      </p>
    </Page>
  );
}
