import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Page } from '@/components/page';
import { PrincipleTags } from '@/components/principle-tags';
import { STAR_SECTIONS } from '@/domain/content';
import { useLiveModel } from '@/lib/use-live-model';
import { useAppStore } from '@/stores/app-store';
import { isDeletedState } from './story-actions';
import { StoryImport } from './story-import';
import { UndoNotice } from '@/components/undo-notice';
import { focusSoon } from '@/components/route-focus';

/** After a story comes back, focus goes to its card on the list. */
function focusStory(id: string): void {
  focusSoon(() => document.querySelector<HTMLElement>(`main .card-list a[href="/stories/${id}"]`));
}

function DeletedNotice({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation('stories');
  const restoreStory = useAppStore((s) => s.restoreStory);
  const isDeleted = useAppStore((s) => s.stories[id]?.deleted === true);
  if (!isDeleted) return null;
  return (
    <UndoNotice
      message={t('deleted', { title })}
      undoLabel={t('undo')}
      onUndo={() => {
        restoreStory(id);
        focusStory(id);
      }}
    />
  );
}

function DeletedStories() {
  const { t } = useTranslation('stories');
  const deleted = useLiveModel().deletedStories;
  const restoreStory = useAppStore((s) => s.restoreStory);
  if (deleted.length === 0) return null;
  return (
    <details className="deleted-stories">
      <summary>{t('deletedList', { count: deleted.length })}</summary>
      <ul className="link-list">
        {deleted.map((story) => (
          <li key={story.id} className="row">
            <span>{story.title || t('untitled')}</span>
            <button
              type="button"
              className="button ghost"
              onClick={() => {
                restoreStory(story.id);
                focusStory(story.id);
              }}
            >
              {t('restore')} <span className="visually-hidden">{story.title || t('untitled')}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function StoriesPage() {
  const { t } = useTranslation('stories');
  const stories = useLiveModel().stories;
  const location = useLocation();
  const [deleted] = useState(() => (isDeletedState(location.state) ? location.state.deleted : null));
  return (
    <Page
      title={t('title')}
      lead={<p>{t('lead')}</p>}
      actions={
        <Link className="button" to="/stories/new">
          {t('newStory')}
        </Link>
      }
    >
      {deleted && <DeletedNotice id={deleted.id} title={deleted.title} />}
      <ul className="card-list">
        {stories.map((story) => (
          <li key={story.id} className="card">
            <h2 className="card-title">
              <Link to={`/stories/${story.id}`}>{story.title.trim() || t('untitled')}</Link>
            </h2>
            {story.edited && <p className="badge">{t('badges.edited')}</p>}
            {story.origin === 'app' && <p className="badge">{t('badges.mine')}</p>}
            <p className="meta">{t('filled', { count: STAR_SECTIONS.filter((s) => story.filled[s]).length })}</p>
            <PrincipleTags ids={story.principles} label={t('principles')} />
          </li>
        ))}
      </ul>
      <DeletedStories />
      <StoryImport />
    </Page>
  );
}
