import { lazy, Suspense } from 'react';
import { useAppStore, usePersistenceStatus } from '@/stores/app-store';
import { ReaderNotice } from './reader-notice';

const StorageNotice = lazy(async () => ({ default: (await import('./storage-notice')).StorageNotice }));

/**
 * Where storage notices appear, on every page. The notices (and their text) load only when there
 * is something to say, so a first visit does not download them.
 */
export function StorageNoticeSlot() {
  const problem = usePersistenceStatus((s) => s.unreadable !== null || s.writeError !== null || s.otherTabProblem !== null);
  const conflicts = useAppStore((s) => s.conflicts.length > 0);
  return (
    <>
      <ReaderNotice />
      {(problem || conflicts) && (
        <Suspense fallback={null}>
          <StorageNotice />
        </Suspense>
      )}
    </>
  );
}
