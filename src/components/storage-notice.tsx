import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '@/domain/content';
import type { CardOverlay, OwnQuestion, StoryOverlay } from '@/domain/overlays';
import { formatDate } from '@/lib/dates';
import { downloadText } from '@/lib/download';
import { getPrinciple, getQuestion, getStory } from '@/lib/content';
import { persistence, useAppStore, usePersistenceStatus } from '@/stores/app-store';
import { keepCurrentVersion, takeOfferedVersion } from '@/stores/conflict-actions';
import { exportBackup } from '@/stores/backup-actions';
import type { Offer, PendingConflict } from '@/stores/conflicts-slice';
import { isRecord } from '@/stores/validation';
import { useLang } from './use-lang';

function downloadBackup(): void {
  const { fileName, text } = exportBackup();
  downloadText(fileName, text);
}

const stamp = (at: number): string => new Date(at).toISOString().replace(/[:.]/g, '-');

function Unreadable() {
  const { t } = useTranslation('storage');
  const unreadable = usePersistenceStatus((s) => s.unreadable);
  const [confirming, setConfirming] = useState(false);
  if (!unreadable) return null;
  const download = (): void =>
    downloadText(`loop-prep-${unreadable.partial ? 'stored' : 'unreadable'}-${stamp(unreadable.at)}.txt`, unreadable.raw, 'text/plain');
  const dismiss = (): void => persistence.status.setState({ unreadable: null });
  if (unreadable.resolved) {
    return (
      <div role="status" className="notice">
        <p>{t('unreadable.resolved')}</p>
        <div className="row">
          <button type="button" className="button ghost" onClick={download}>
            {t(unreadable.partial ? 'partial.download' : 'unreadable.download')}
          </button>
          <button type="button" className="button ghost" onClick={dismiss}>
            {t('unreadable.dismiss')}
          </button>
        </div>
      </div>
    );
  }
  const noCopy = unreadable.backupKey === null;
  const goOn = (): void => (noCopy && !confirming ? setConfirming(true) : persistence.startFresh());
  if (unreadable.partial) {
    return (
      <div role="alert" className="notice error">
        <p className="notice-title">
          <strong>{t('partial.title')}</strong>
        </p>
        <p>{noCopy ? t('partial.notKept') : t('partial.kept', { key: unreadable.backupKey })}</p>
        <details>
          <summary>{t('partial.what', { count: Math.max(1, unreadable.aside.length) })}</summary>
          <pre className="error-detail">{unreadable.reason}</pre>
        </details>
        <div className="row">
          <button type="button" className="button" onClick={download}>
            {t('partial.download')}
          </button>
          {noCopy ? (
            <button type="button" className="button ghost" onClick={goOn}>
              {confirming ? t('partial.continueAnyway') : t('partial.continue')}
            </button>
          ) : (
            <button type="button" className="button ghost" onClick={dismiss}>
              {t('unreadable.dismiss')}
            </button>
          )}
        </div>
        {confirming && <p>{t('partial.noCopyWarning')}</p>}
      </div>
    );
  }
  return (
    <div role="alert" className="notice error">
      <p className="notice-title">
        <strong>{t('unreadable.title')}</strong>
      </p>
      <p>{noCopy ? t('unreadable.notKept') : t('unreadable.kept', { key: unreadable.backupKey })}</p>
      <p>{t('unreadable.meanwhile')}</p>
      <details>
        <summary>{t('unreadable.reason')}</summary>
        <pre className="error-detail">{unreadable.reason}</pre>
      </details>
      <div className="row">
        <button type="button" className="button" onClick={download}>
          {t('unreadable.download')}
        </button>
        <button type="button" className="button ghost" onClick={goOn}>
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

const NAMED_SLICES = ['stories', 'questionDrafts', 'cards', 'ownQuestions', 'principleNotes'] as const;
type NamedSlice = (typeof NAMED_SLICES)[number];
const isNamedSlice = (slice: string): slice is NamedSlice => (NAMED_SLICES as readonly string[]).includes(slice);

/** What the person calls a record in a conflict, with what it is ("Your notes on “Ownership”"); never its id. */
function useRecordName(slice: string, id: string, record: unknown): string {
  const { t } = useTranslation('storage');
  const lang = useLang();
  const ownPrompt = useAppStore((s) => s.ownQuestions[id]?.prompt);
  const title = ((): string | undefined => {
    switch (slice) {
      case 'stories':
        return (record as StoryOverlay | undefined)?.story.title.trim() || getStory(id)?.title;
      case 'questionDrafts': {
        const prompt = getQuestion(id)?.prompt ?? ownPrompt;
        return prompt ? pickText(prompt, lang) : undefined;
      }
      case 'cards':
        return (record as CardOverlay | undefined)?.question.trim() || undefined;
      case 'ownQuestions': {
        const own = record as OwnQuestion | undefined;
        return own ? pickText(own.prompt, lang) : undefined;
      }
      case 'principleNotes':
        return getPrinciple(id)?.title[lang];
      default:
        return undefined;
    }
  })();
  if (title && isNamedSlice(slice)) return t(`conflict.names.${slice}`, { title: title.length > 80 ? `${title.slice(0, 80)}…` : title });
  return slice === 'stories' ? t('conflict.untitledStory') : t('conflict.unnamed');
}

const isDeleted = (record: unknown): boolean => isRecord(record) && record.deleted === true;

/** Fields that hold ids or deck names, not the person's text. */
const ID_FIELDS = new Set(['principles', 'stories', 'sources', 'deck']);

/** The text a version holds, as plain lines (every piece of text the person wrote in it, in its order). */
function offerText(value: unknown): string {
  const parts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.trim() !== '') parts.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (isRecord(v)) for (const [key, item] of Object.entries(v)) if (!ID_FIELDS.has(key)) walk(item);
  };
  walk(value);
  return parts.join('\n\n');
}

/** A version's text, in a box that scrolls when long (reachable by keyboard, named for screen readers). */
function VersionText({ label, children }: { label: string; children: string }) {
  return (
    <div className="prose plain-text" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

function ConflictNotice({ conflict }: { conflict: PendingConflict }) {
  const { t } = useTranslation('storage');
  const lang = useLang();
  const current = useAppStore((s) => (s as unknown as Record<string, Readonly<Record<string, unknown>>>)[conflict.slice]?.[conflict.id]);
  const name = useRecordName(conflict.slice, conflict.id, current ?? conflict.offers[0]?.value);
  const fromTabs = conflict.offers.every((offer) => offer.source === 'tab');
  const total = conflict.offers.length;
  const offerLabel = (offer: Offer, i: number): string =>
    total === 1 ? t(`conflict.use.${offer.source}`) : t('conflict.useNumbered', { label: t(`conflict.use.${offer.source}`), n: i + 1, total });
  return (
    <div role="alert" className="notice error">
      <p className="notice-title">
        <strong>{t(fromTabs ? 'conflict.title' : 'conflict.titleImport', { name })}</strong>
      </p>
      <p>{t(fromTabs ? 'conflict.body' : 'conflict.bodyImport', { count: total })}</p>
      <ul className="conflict-offers">
        {!fromTabs && (
          <li>
            <details>
              <summary>{t('conflict.current')}</summary>
              <VersionText label={t('conflict.current')}>
                {current === undefined || isDeleted(current) ? t('conflict.deleted') : offerText(current) || t('conflict.empty')}
              </VersionText>
            </details>
          </li>
        )}
        {conflict.offers.map((offer, i) => (
          <li key={`${offer.at}:${i}`}>
            <details>
              <summary>{t(`conflict.from.${offer.source}`, { when: formatDate(offer.at, lang, { time: true }) })}</summary>
              <VersionText label={t(`conflict.from.${offer.source}`, { when: formatDate(offer.at, lang, { time: true }) })}>
                {offerText(offer.value) || t('conflict.empty')}
              </VersionText>
            </details>
            <button type="button" className="button ghost" onClick={() => takeOfferedVersion(conflict.slice, conflict.id, i)}>
              {offerLabel(offer, i)}
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" className="button" onClick={() => keepCurrentVersion(conflict.slice, conflict.id)}>
          {t(fromTabs ? 'conflict.mine' : 'conflict.mineImport')}
        </button>
      </div>
    </div>
  );
}

function Conflicts() {
  const conflicts = useAppStore((s) => s.conflicts);
  return (
    <>
      {conflicts.map((conflict) => (
        <ConflictNotice key={`${conflict.slice}:${conflict.id}`} conflict={conflict} />
      ))}
    </>
  );
}

/** Storage problems the user must know about, on every page: unreadable data, failed writes, other tabs, conflicts. */
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
