import { useTranslation } from 'react-i18next';
import { usePersistenceStatus } from '@/stores/app-store';

/**
 * The part of the app that reads stored data is slow or failed to load: said in place of the page
 * before stored data is read, and on every page after (a save or another tab's write waiting for
 * it). Never an offer to start fresh: the data is not the problem. Its words are the shell's, which
 * every page has, so it shows even when nothing else loads.
 */
export function ReaderNotice() {
  const { t } = useTranslation('common');
  const problem = usePersistenceStatus((s) => s.reader);
  if (problem === null) return null;
  return (
    <div role="alert" className={problem.state === 'failed' ? 'notice error' : 'notice'}>
      <p className="notice-title">
        <strong>{t(problem.state === 'failed' ? 'reader.failedTitle' : 'reader.slowTitle')}</strong>
      </p>
      <p>{t('reader.body')}</p>
      <div className="row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('reader.reload')}
        </button>
      </div>
    </div>
  );
}
