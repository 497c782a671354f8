import type { Root } from 'hast';
import { useTranslation } from 'react-i18next';
import { LazyMarkdown } from './lazy-markdown';
import { RichText } from './rich-text';

/**
 * Text the user may have edited: while it reads as content/ has it, the tree rendered at build
 * time; once changed, the markdown renderer (loaded on first use); a prompt when it is empty.
 */
export function ContentText({ text, baseline, tree, prompt }: { text: string; baseline: string | undefined; tree: Root | undefined; prompt?: string }) {
  const { t } = useTranslation();
  if (text.trim() === '') return <p className="prompt">{prompt ?? t('empty.section')}</p>;
  if (tree !== undefined && baseline === text) return <RichText tree={tree} />;
  return <LazyMarkdown>{text}</LazyMarkdown>;
}
