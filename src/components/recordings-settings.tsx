import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordingStoreError } from '@/lib/recording-store';
import { countRecordings, deleteAllRecordings, moveRecordings } from '@/lib/recordings';
import { useAppStore } from '@/stores/app-store';

type Status = { readonly kind: 'ok' | 'error'; readonly text: string } | null;

/**
 * The mock interview's recordings: keep them across reloads (on this device, off by default) and
 * delete them all. Shown in the mock's settings and on the settings page.
 */
export function RecordingsSettings() {
  const { t } = useTranslation('recordings');
  const id = useId();
  const keep = useAppStore((s) => s.mock.settings.keepRecordings);
  const setMockSettings = useAppStore((s) => s.setMockSettings);
  const [count, setCount] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    let live = true;
    void countRecordings(keep).then((n) => live && setCount(n));
    return () => {
      live = false;
    };
  }, [keep, status]);

  const problem = (error: unknown): string =>
    error instanceof RecordingStoreError ? t(error.kind === 'unavailable' ? 'unavailable' : error.kind === 'quota' ? 'full' : 'failed') : t('failed');

  const changeKeep = async (next: boolean): Promise<void> => {
    setBusy(true);
    setConfirming(false);
    try {
      const moved = await moveRecordings(next);
      setMockSettings({ keepRecordings: next });
      const key = next ? (moved === 0 ? 'keptNone' : 'kept') : moved === 0 ? 'releasedNone' : 'released';
      setStatus({ kind: 'ok', text: t(key, { count: moved }) });
    } catch (error) {
      setStatus({ kind: 'error', text: problem(error) });
    } finally {
      setBusy(false);
    }
  };

  const deleteAll = async (): Promise<void> => {
    setBusy(true);
    try {
      await deleteAllRecordings(keep);
      setCount(0);
      setStatus({ kind: 'ok', text: t('deleted') });
    } catch (error) {
      setStatus({ kind: 'error', text: problem(error) });
    } finally {
      setConfirming(false);
      setBusy(false);
    }
  };

  return (
    <div className="recordings-settings">
      <div className="field">
        <label className="check">
          <input type="checkbox" checked={keep} disabled={busy} aria-describedby={`${id}-help`} onChange={(e) => void changeKeep(e.target.checked)} />
          {t('keep')}
        </label>
        <p className="help" id={`${id}-help`}>
          {t('keepHelp')}
        </p>
      </div>
      {count !== null && <p className="meta">{t('count', { count })}</p>}
      {confirming ? (
        <div className="row" role="group" aria-label={t('deleteAll')}>
          <p id={`${id}-confirm`}>{t('confirm', { count: count ?? 0 })}</p>
          <button type="button" className="button danger" aria-describedby={`${id}-confirm`} disabled={busy} onClick={() => void deleteAll()}>
            {t('confirmDelete')}
          </button>
          <button type="button" className="button ghost" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button ghost" disabled={busy || count === 0} onClick={() => setConfirming(true)}>
          {t('deleteAll')}
        </button>
      )}
      {/* A polite live region (not role=status, which the page's backup notice holds). */}
      <p aria-live="polite" className={status?.kind === 'error' ? 'notice error' : 'meta'}>
        {status?.text ?? ''}
      </p>
    </div>
  );
}
