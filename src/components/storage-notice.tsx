import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '@/domain/content';
import type { CardOverlay, OwnQuestion, QuestionDraft, StoryOverlay } from '@/domain/overlays';
import { downloadText } from '@/lib/download';
import { getPrinciple, getQuestion, getStory } from '@/lib/content';
import { persistence, resolveConflict, useAppStore, usePersistenceStatus } from '@/stores/app-store';
import { exportBackup } from '@/stores/backup-actions';
import type { Conflict } from '@/stores/merge';
import { useLang } from './use-lang';

function downloadBackup(): void {
  const { fileName, text } = exportBackup();
  downloadText(fileName, text);
}

function Unreadable() {
  const { t } = useTranslation('storage');
  const unreadable = usePersistenceStatus((s) => s.unreadable);
  const [confirming, setConfirming] = useState(false);
  if (!unreadable) return null;
  const download = (): void =>
    downloadText(`loop-prep-unreadable-${new Date(unreadable.at).toISOString().replace(/[:.]/g, '-')}.txt`, unreadable.raw, 'text/plain');
  if (unreadable.resolved) {
    return (
      <div role="status" className="notice">
        <p>{t('unreadable.resolved')}</p>
        <div className="row">
          <button type="button" className="button ghost" onClick={download}>
            {t('unreadable.download')}
          </button>
          <button type="button" className="button ghost" onClick={() => persistence.status.setState({ unreadable: null })}>
            {t('unreadable.dismiss')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div role="alert" className="notice error">
      <p className="notice-title">
        <strong>{t('unreadable.title')}</strong>
      </p>
      <p>{unreadable.backupKey ? t('unreadable.kept', { key: unreadable.backupKey }) : t('unreadable.notKept')}</p>
      <p>{t('unreadable.meanwhile')}</p>
      <details>
        <summary>{t('unreadable.reason')}</summary>
        <pre className="error-detail">{unreadable.reason}</pre>
      </details>
      <div className="row">
        <button type="button" className="button" onClick={download}>
          {t('unreadable.download')}
        </button>
        <button
          type="button"
          className="button ghost"
          onClick={() => (unreadable.backupKey === null && !confirming ? setConfirming(true) : persistence.startFresh())}
        >
          {confirming ? t('unreadable.startFreshAnyway') : t('unreadable.startFresh')}
        </button>
      </div>
      {confirming && <p>{t('unreadable.noCopyWarning')}</p>}
    </div>
  );
}

function WriteError() {
  const { t } = useTranslation('storage');
  const error = usePersistenceStatus((s) => s.writeError);
  if (!error) return null;
  return (
    <div role="alert" className="notice error">
      <p className="notice-title">
        <strong>{t('writeError.title')}</strong>
      </p>
      <p>{error.kind === 'other' ? t('writeError.other', { message: error.message }) : t(`writeError.${error.kind}`)}</p>
      <p>{t('writeError.kept')}</p>
      <div className="row">
        <button type="button" className="button" onClick={downloadBackup}>
          {t('writeError.download')}
        </button>
        <button type="button" className="button ghost" onClick={() => persistence.flush()}>
          {t('writeError.retry')}
        </button>
      </div>
    </div>
  );
}

function OtherTab() {
  const { t } = useTranslation('storage');
  const problem = usePersistenceStatus((s) => s.otherTabProblem);
  if (problem === null) return null;
  return (
    <div role="alert" className="notice error">
      <p className="notice-title">
        <strong>{t('otherTab.title')}</strong>
      </p>
      <p>{t('otherTab.body')}</p>
      <div className="row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('otherTab.reload')}
        </button>
        <button type="button" className="button ghost" onClick={downloadBackup}>
          {t('writeError.download')}
        </button>
      </div>
    </div>
  );
}

/** What the person calls the record both tabs changed: its title or prompt, never its id. */
function useConflictName(conflict: Conflict): string {
  const { t } = useTranslation('storage');
  const lang = useLang();
  const record = (conflict.mine ?? conflict.theirs) as StoryOverlay | QuestionDraft | undefined;
  const ownPrompt = useAppStore((s) => s.ownQuestions[conflict.id]?.prompt);
  const name = ((): string | undefined => {
    switch (conflict.slice) {
      case 'stories':
        return (record as StoryOverlay | undefined)?.story.title.trim() || getStory(conflict.id)?.title || t('conflict.untitledStory');
      case 'questionDrafts': {
        const prompt = getQuestion(conflict.id)?.prompt ?? ownPrompt;
        return prompt ? pickText(prompt, lang) : undefined;
      }
      case 'cards':
        return (record as unknown as CardOverlay | undefined)?.question.trim() || undefined;
      case 'ownQuestions': {
        const own = record as unknown as OwnQuestion | undefined;
        return own ? pickText(own.prompt, lang) : undefined;
      }
      case 'principleNotes':
        return getPrinciple(conflict.id)?.title[lang];
      default:
        return undefined;
    }
  })();
  return name || t('conflict.unnamed');
}

function ConflictNotice({ conflict }: { conflict: Conflict }) {
  const { t } = useTranslation('storage');
  const name = useConflictName(conflict);
  return (
    <div role="alert" className="notice error">
      <p className="notice-title">
        <strong>{t('conflict.title', { name })}</strong>
      </p>
      <p>{t('conflict.body')}</p>
      <div className="row">
        <button type="button" className="button" onClick={() => resolveConflict(conflict, 'mine')}>
          {t('conflict.mine')}
        </button>
        <button type="button" className="button ghost" onClick={() => resolveConflict(conflict, 'theirs')}>
          {t('conflict.theirs')}
        </button>
      </div>
    </div>
  );
}

function Conflicts() {
  const conflicts = usePersistenceStatus((s) => s.conflicts);
  return (
    <>
      {conflicts.map((conflict) => (
        <ConflictNotice key={`${conflict.slice}:${conflict.id}`} conflict={conflict} />
      ))}
    </>
  );
}

/** Storage problems the user must know about, on every page: unreadable data, failed writes, other tabs. */
export function StorageNotice() {
  return (
    <div className="storage-notices">
      <Unreadable />
      <WriteError />
      <OtherTab />
      <Conflicts />
    </div>
  );
}
