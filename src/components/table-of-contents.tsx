import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineEntry } from './outline';

interface Group {
  readonly entry: OutlineEntry;
  readonly children: OutlineEntry[];
}

/** "On this page": links to a long page's sections, subsections nested under their section. */
export function TableOfContents({ entries }: { entries: readonly OutlineEntry[] }) {
  const { t } = useTranslation();
  const id = useId();
  const groups: Group[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (entry.level === 3 && last) last.children.push(entry);
    else groups.push({ entry, children: [] });
  }
  return (
    <nav className="toc" aria-labelledby={id}>
      <h2 id={id} className="toc-title">
        {t('onThisPage')}
      </h2>
      <ol>
        {groups.map(({ entry, children }) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.text}</a>
            {children.length > 0 && (
              <ol>
                {children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`}>{child.text}</a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Back to the top of the page: scrolls up and puts focus on the page's heading. */
export function BackToTop() {
  const { t } = useTranslation();
  return (
    <p>
      <a
        className="back-to-top"
        href="#main"
        onClick={(event) => {
          const heading = document.querySelector<HTMLElement>('main h1');
          if (!heading) return;
          event.preventDefault();
          window.scrollTo({ top: 0 });
          heading.focus({ preventScroll: true });
        }}
      >
        ↑ {t('backToTop')}
      </a>
    </p>
  );
}
