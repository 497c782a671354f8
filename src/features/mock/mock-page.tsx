import { lazy, Suspense, useEffect, useState } from 'react';
import './mock.css';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { useLang } from '@/components/use-lang';
import { findRecording } from '@/lib/recordings';
import { useAppStore } from '@/stores/app-store';
import { History } from './history';
import { sourceOf } from './prompts';
import { newPlan, Setup, type MockPlan } from './setup';
import { SessionSummary, type RecordingUrl } from './summary';

// The run brings the scheduler, the card faces, the recorder and the analysis: loaded once a mock begins.
const Runner = lazy(async () => ({ default: (await import('./runner')).Runner }));

/** Blob URLs for a past mock's recordings that still exist (kept on the device, or made in this visit). */
function useRecordingUrls(ids: readonly string[]): RecordingUrl {
  const keep = useAppStore((s) => s.mock.settings.keepRecordings);
  const [urls, setUrls] = useState<ReadonlyMap<string, { url: string; mimeType: string }>>(new Map());
  const key = ids.join('|');
  useEffect(() => {
    let live = true;
    const made: string[] = [];
    void (async () => {
      const found = new Map<string, { url: string; mimeType: string }>();
      for (const id of key === '' ? [] : key.split('|')) {
        const blob = await findRecording(id, keep);
        if (!blob) continue;
        const url = URL.createObjectURL(blob);
        made.push(url);
        found.set(id, { url, mimeType: blob.type });
      }
      if (live) setUrls(found);
    })();
    return () => {
      live = false;
      made.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [key, keep]);
  return (id) => urls.get(id);
}

/** `/mock?session=<id>`: the summary of a past mock, with its recordings where they still exist. */
function PastSession({ id, onRepeat }: { id: string; onRepeat: (plan: MockPlan) => void }) {
  const { t } = useTranslation('mock');
  const lang = useLang();
  const navigate = useNavigate();
  const session = useAppStore((s) => s.mock.sessions[id]);
  const deleteMockSession = useAppStore((s) => s.deleteMockSession);
  const recordings = session
    ? session.items.flatMap((i) => [i.answer?.recording ?? null, ...i.followUps.map((f) => f.recording)]).filter((r) => r !== null)
    : [];
  const urlFor = useRecordingUrls(recordings);
  if (!session) {
    return (
      <Page title={t('title')}>
        <p>{t('summary.unknown')}</p>
        <p>
          <Link to="/mock">{t('summary.back')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('summary.title')}>
      <SessionSummary
        session={session}
        urlFor={urlFor}
        onRepeat={(card) => onRepeat(newPlan([card], session.practice, sourceOf(card), lang))}
        actions={
          <>
            <Link className="button" to="/mock">
              {t('summary.back')}
            </Link>
            <button
              type="button"
              className="button ghost"
              onClick={() => {
                deleteMockSession(id);
                void navigate('/mock');
              }}
            >
              {t('summary.delete')}
            </button>
          </>
        }
      />
    </Page>
  );
}

/** `/mock`: set up a mock and see past ones; a running mock; `?session=<id>`: a past mock's summary. */
export function MockPage() {
  const { t } = useTranslation(['mock', 'recordings']);
  const [params, setParams] = useSearchParams();
  const [plan, setPlan] = useState<MockPlan | null>(null);
  const sessionId = params.get('session');

  if (plan !== null) {
    return (
      <Suspense fallback={<Page title={t('title')}>{null}</Page>}>
        <Runner key={plan.id} plan={plan} onExit={(next) => setPlan(next ?? null)} />
      </Suspense>
    );
  }
  if (sessionId !== null) {
    return (
      <PastSession
        id={sessionId}
        onRepeat={(next) => {
          setParams({});
          setPlan(next);
        }}
      />
    );
  }
  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      <Setup onBegin={setPlan} />
      <History />
    </Page>
  );
}
