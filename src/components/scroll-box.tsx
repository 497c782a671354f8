import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** At most this many characters of a table's header row or a code block's first line name its box. */
const SUMMARY_LENGTH = 48;

function shorten(text: string): string {
  const line = text.trim().split('\n')[0]?.replace(/\s+/g, ' ') ?? '';
  return line.length > SUMMARY_LENGTH ? `${line.slice(0, SUMMARY_LENGTH - 1)}…` : line;
}

/**
 * A wide table or code block scrolls sideways in its own box instead of squeezing its words. The
 * box is focusable (tabindex=0) so keyboard users can scroll it, and is a region named after what
 * it holds (the table's header row, the code's first line).
 */
export function ScrollBox({ kind, summary, children }: { kind: 'table' | 'code'; summary: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="scroll-box" tabIndex={0} role="region" aria-label={t(`scroll.${kind}`, { summary: shorten(summary) })}>
      {children}
    </div>
  );
}
