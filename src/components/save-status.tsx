import { useTranslation } from 'react-i18next';
import { usePersistenceStatus } from '@/stores/app-store';

/**
 * The save state of the user's edits: `Saving…`, then `Saved` once stored. The live region is
 * always present; it speaks only after the user changed something here (`active`). It never
 * suspends while its text loads, so the form around it stays on screen.
 */
export function SaveStatus({ active }: { active: boolean }) {
  const { t, ready } = useTranslation('storage', { useSuspense: false });
  const save = usePersistenceStatus((s) => s.save);
  const text = !ready || !active || save === 'idle' ? '' : t(`save.${save}`);
  return (
    <p role="status" className={`save-status save-${active ? save : 'idle'}`}>
      {text}
    </p>
  );
}
