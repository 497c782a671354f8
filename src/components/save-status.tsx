import { useTranslation } from 'react-i18next';
import { usePersistenceStatus } from '@/stores/app-store';
import { useCatalogue } from '@/i18n/use-catalogue';
import { storageText } from '@/i18n/storage';

/**
 * The save state of the user's edits: `Saving…`, then `Saved` once stored. The live region is
 * always present; it speaks only after the user changed something here (`active`).
 */
export function SaveStatus({ active }: { active: boolean }) {
  useCatalogue('storage', storageText);
  const { t } = useTranslation('storage');
  const save = usePersistenceStatus((s) => s.save);
  const text = !active || save === 'idle' ? '' : t(`save.${save}`);
  return (
    <p role="status" className={`save-status save-${active ? save : 'idle'}`}>
      {text}
    </p>
  );
}
