import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import { useLiveModel } from '@/lib/use-live-model';

/**
 * `/coverage`: one row per Leadership Principle, one column per story, a mark where the story shows
 * the principle. Principles with no story come first and are marked; fewer than two is flagged; a
 * story over three principles is flagged. Everything comes from the live model.
 */
export function CoveragePage() {
  const { t } = useTranslation('coverage');
  const lang = useLang();
  const model = useLiveModel();
  const captionId = useId();
  const helpId = useId();
  const { rows, overloaded } = model.coverage;
  const stories = model.stories;
  const over = new Set(overloaded);
  const storyTitle = (id: string): string => model.storyById.get(id)?.title.trim() || t('untitled');
  const { counts } = model;
  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      <p>{t('summary', { covered: counts.covered, total: counts.principles, solid: counts.solid })}</p>
      {counts.noStory > 0 && <p className="prompt">{t('noneCount', { count: counts.noStory })}</p>}
      {stories.length === 0 && <p className="prompt">{t('noStories')}</p>}
      <p className="help" id={helpId}>
        {t('scrollHelp')}
      </p>
      <div className="table-scroll coverage-scroll" tabIndex={0} role="region" aria-label={t('tableLabel')} aria-describedby={helpId}>
        <table className="coverage-table">
          <caption id={captionId} className="visually-hidden">
            {t('caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="principle-col">
                {t('principle')}
              </th>
              <th scope="col" className="num">
                {t('count')}
              </th>
              {stories.map((story) => (
                <th key={story.id} scope="col" className={over.has(story.id) ? 'story-col overloaded' : 'story-col'}>
                  <Link to={`/stories/${story.id}`}>{storyTitle(story.id)}</Link>
                  {over.has(story.id) && <span className="flag warn">{t('overloaded')}</span>}
                </th>
              ))}
              <th scope="col">{t('next')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const principle = model.principleById.get(row.principle);
              const shown = new Set(row.stories);
              return (
                <tr key={row.principle} className={row.none ? 'none' : row.thin ? 'thin' : undefined}>
                  <th scope="row" className="principle-col">
                    <Link to={`/principles/${row.principle}`}>{principle?.title[lang] ?? row.principle}</Link>
                  </th>
                  <td className="num">
                    {row.count}
                    {row.none ? <span className="flag none">{t('noStory')}</span> : row.thin ? <span className="flag warn">{t('thin')}</span> : null}
                  </td>
                  {stories.map((story) => (
                    <td key={story.id} className="mark">
                      {shown.has(story.id) && (
                        <Link to={`/stories/${story.id}`} className="mark-link">
                          <span aria-hidden="true">●</span>
                          <span className="visually-hidden">
                            {storyTitle(story.id)}: {t('shows')}
                          </span>
                        </Link>
                      )}
                    </td>
                  ))}
                  <td className="next-steps">
                    {row.thin && <Link to={`/stories/new?principle=${row.principle}`}>{t('write')}</Link>}
                    <Link to={`/review?deck=lp:${row.principle}`}>{t('drill')}</Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {overloaded.length > 0 && (
        <Section title={t('overloadedTitle')}>
          <p>{t('overloadedHelp')}</p>
          <ul className="link-list">
            {overloaded.map((id) => (
              <li key={id}>
                <Link to={`/stories/${id}`}>{storyTitle(id)}</Link> · {t('overloadedItem', { count: model.storyById.get(id)?.principles.length ?? 0 })}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </Page>
  );
}
