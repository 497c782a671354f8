import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextOrPrompt } from '@/components/empty-text';
import { Markdown } from '@/components/markdown';
import { Section } from '@/components/section';
import { STAR_SECTIONS } from '@/domain/content';
import type { StoryFields } from '@/domain/story';
import { useCatalogue } from '@/i18n/use-catalogue';
import { storiesText } from './text';

/** The story's STAR sections, learnings, notes and follow-ups, rendered as markdown (safely). */
export function StoryBody({ story, headingLevel = 2 }: { story: StoryFields; headingLevel?: 2 | 3 }) {
  useCatalogue('stories', storiesText);
  const { t } = useTranslation('stories');
  const { t: tc } = useTranslation();
  const Part = headingLevel === 2 ? Section : SubSection;
  const followUps = story.followUps.filter((q) => q.trim() !== '');
  return (
    <>
      {STAR_SECTIONS.map((section) => (
        <Part key={section} title={tc(`star.${section}`)} className={`star star-${section}`}>
          <TextOrPrompt text={story.star[section]} />
        </Part>
      ))}
      {story.learnings.trim() !== '' && (
        <Part title={tc('star.learnings')}>
          <Markdown>{story.learnings}</Markdown>
        </Part>
      )}
      {story.notes.trim() !== '' && (
        <Part title={tc('star.notes')}>
          <Markdown>{story.notes}</Markdown>
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
