import { lazy, startTransition, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
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

/** Blocks of the notes in the first paint (more than a phone's screenful), and in each step after it. */
const FIRST_BLOCKS = 24;
const STEP_BLOCKS = 24;

/**
 * How many of the notes' `total` top-level blocks to render. A long topic (over 13,000 px on a
 * phone) shows its first screens at once and the rest in steps right after, each a render and a
 * layout of its own, so no single layout of the whole page holds up the first paint or a tap. An
 * address with a fragment shows everything at once: its target may be anywhere.
 */
function useGrowingBlocks(total: number, key: string, whole: boolean): number {
  const [grown, setGrown] = useState({ key, shown: FIRST_BLOCKS });
  const shown = whole ? total : Math.min(total, grown.key === key ? grown.shown : FIRST_BLOCKS);
  useEffect(() => {
    if (shown >= total) return;
    startTransition(() => setGrown({ key, shown: shown + STEP_BLOCKS }));
  }, [key, shown, total]);
  return shown;
}

// The cards come after the notes (far below the first screen) with their editor: their own chunk.
const TopicCards = lazy(async () => ({ default: (await import('./topic-cards')).TopicCards }));

export function TopicPage() {
  const { t } = useTranslation('topics');
  const lang = useLang();
  const { id } = useParams();
  const topic = useEntry('topics', loaders, id);
  const tree = topic?.notes ?? null;
  const notes = useMemo(() => (tree ? outlineOf(tree) : null), [tree]);
  const { hash } = useLocation();
  const blocks = notes?.tree.children.length ?? 0;
  const shown = useGrowingBlocks(blocks, id ?? '', hash.length > 1);
  const visible = useMemo(
    () => (notes === null || shown >= blocks ? notes?.tree : { ...notes.tree, children: notes.tree.children.slice(0, shown) }),
    [notes, shown, blocks],
  );
  useHashTarget();
  if (!topic) return <NotFound />;
  return (
    <Page title={pickText(topic.title, lang)} lead={<p className="meta">{t('round', { round: topic.round })}</p>}>
      {notes !== null && notes.entries.length >= MIN_TOC_ENTRIES && <TableOfContents entries={notes.entries} />}
      <Section title={t('notes')}>{notes === null ? <p className="prompt">{t('noNotes')}</p> : <RichText tree={visible ?? notes.tree} />}</Section>
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
