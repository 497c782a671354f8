import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { useAppStore } from '@/stores/app-store';

/** A deleted story's page: it says so and offers to restore it. */
export function DeletedStory({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation('stories');
  const restoreStory = useAppStore((s) => s.restoreStory);
  return (
    <Page title={title || t('untitled')}>
      <div className="notice">
        <p>{t('isDeleted')}</p>
        <button type="button" className="button" onClick={() => restoreStory(id)}>
          {t('restore')}
        </button>
      </div>
      <p>
        <Link to="/stories">← {t('back')}</Link>
      </p>
    </Page>
  );
}
