import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { trees } from 'virtual:loop-prep/trees/stories';
import { ContentText } from '@/components/content-text';
import { Section } from '@/components/section';
import { STAR_SECTIONS } from '@/domain/content';
import type { StoryFields } from '@/domain/story';

type TextField = 'situation' | 'task' | 'action' | 'result' | 'learnings' | 'notes';

const textOf = (story: StoryFields, field: TextField): string =>
  field === 'learnings' ? story.learnings : field === 'notes' ? story.notes : story.star[field];

/** One section's text, from its build-time tree while it reads as in content/. */
function StoryText({ story, baseline, contentId, field }: { story: StoryFields; baseline: StoryFields | null; contentId: string | null; field: TextField }) {
  const tree = contentId === null ? undefined : trees[contentId]?.[field];
  return <ContentText text={textOf(story, field)} baseline={baseline === null ? undefined : textOf(baseline, field)} tree={tree} />;
}

/** The story's STAR sections, learnings, notes and follow-ups, rendered as markdown (safely). */
export function StoryBody({
  story,
  headingLevel = 2,
  baseline = null,
  contentId = null,
}: {
  story: StoryFields;
  headingLevel?: 2 | 3;
  /** The story as content/ has it, whose sections are pre-rendered under `contentId`. */
  baseline?: StoryFields | null;
  contentId?: string | null;
}) {
  const { t } = useTranslation('stories');
  const { t: tc } = useTranslation();
  const Part = headingLevel === 2 ? Section : SubSection;
  const followUps = story.followUps.filter((q) => q.trim() !== '');
  return (
    <>
      {STAR_SECTIONS.map((section) => (
        <Part key={section} title={tc(`star.${section}`)} className={`star star-${section}`}>
          <StoryText story={story} baseline={baseline} contentId={contentId} field={section} />
        </Part>
      ))}
      {story.learnings.trim() !== '' && (
        <Part title={tc('star.learnings')}>
          <StoryText story={story} baseline={baseline} contentId={contentId} field="learnings" />
        </Part>
      )}
      {story.notes.trim() !== '' && (
        <Part title={tc('star.notes')}>
          <StoryText story={story} baseline={baseline} contentId={contentId} field="notes" />
        </Part>
      )}
      <Part title={t('followUps')}>
        {followUps.length === 0 ? (
          <p className="prompt">{t('noFollowUps')}</p>
        ) : (
          <ul>
            {followUps.map((q, i) => (
              <li key={`${i}:${q}`}>{q}</li>
            ))}
          </ul>
        )}
      </Part>
    </>
  );
}

function SubSection({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <div className={className ? `subsection ${className}` : 'subsection'}>
      <h3>{title}</h3>
      {children}
    </div>
  );
}
