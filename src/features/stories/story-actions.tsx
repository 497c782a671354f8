import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { downloadText } from '@/lib/download';
import { useAppStore } from '@/stores/app-store';
import type { StoryView } from './use-story';
import { RevertNotice } from '@/components/revert-notice';

/** Shown on the stories list after a delete, to undo it. */
export interface DeletedState {
  readonly deleted: { readonly id: string; readonly title: string };
}

export function isDeletedState(value: unknown): value is DeletedState {
  return typeof value === 'object' && value !== null && 'deleted' in value && typeof (value as DeletedState).deleted?.id === 'string';
}

/** Export as markdown, revert to content (with undo) or delete (with undo on the list). */
export function StoryActions({ view }: { view: StoryView }) {
  const { t } = useTranslation('stories');
  const navigate = useNavigate();
  const revertStory = useAppStore((s) => s.revertStory);
  const deleteStory = useAppStore((s) => s.deleteStory);
  const putStoryOverlay = useAppStore((s) => s.putStoryOverlay);
  const title = view.fields.title.trim();

  return (
    <>
      <RevertNotice
        differs={view.baseline !== null && view.differs}
        overlay={view.overlay}
        onRevert={() => revertStory(view.id)}
        onRestore={(saved) => putStoryOverlay(view.id, { ...saved, updatedAt: Date.now() })}
        text={{ differs: t('differs'), revert: t('revert'), reverted: t('reverted'), undo: t('undo') }}
      />
      {view.baseline === null && <p className="meta">{t('notInContent')}</p>}
      <div className="row">
        <button
          type="button"
          className="button ghost"
          disabled={title === ''}
          aria-describedby={title === '' ? `export-help-${view.id}` : undefined}
          onClick={() => {
            // The markdown writer loads on demand: reading a story does not need it.
            void import('@/domain/story-markdown').then(({ storyToMarkdown }) =>
              downloadText(`${view.id}.md`, storyToMarkdown(view.fields, view.id), 'text/markdown'),
            );
          }}
        >
          {t('exportMarkdown')}
        </button>
        {view.baseline === null && (
          <button
            type="button"
            className="button danger"
            onClick={() => {
              deleteStory(view.id);
              navigate('/stories', { state: { deleted: { id: view.id, title: title || t('untitled') } } satisfies DeletedState });
            }}
          >
            {t('delete')}
          </button>
        )}
      </div>
      {title === '' && (
        <p className="help" id={`export-help-${view.id}`}>
          {t('exportNeedsTitle')}
        </p>
      )}
    </>
  );
}
