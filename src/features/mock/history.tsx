import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import { sessionTally } from '@/domain/mock';
import { GRADE_NAMES } from '@/domain/review';
import { formatDate } from '@/lib/dates';
import { useAppStore } from '@/stores/app-store';

/** Past mocks, newest first, each linking to its summary (`/mock?session=<id>`). */
export function History() {
  const { t } = useTranslation('mock');
  const lang = useLang();
  const sessions = useAppStore((s) => s.mock.sessions);
  const list = Object.entries(sessions).sort(([, a], [, b]) => b.startedAt - a.startedAt);
  return (
    <Section title={t('history.title')} className="mock-history">
      {list.length === 0 ? (
        <p className="meta">{t('history.none')}</p>
      ) : (
        <ul className="history-list">
          {list.map(([id, session]) => {
            const when = formatDate(session.startedAt, lang, { time: true });
            const tally = sessionTally(session);
            const grades = session.items.flatMap((i) => (i.grade === null ? [] : [t(`grades.${GRADE_NAMES[i.grade]}`)]));
            return (
              <li key={id}>
                <Link to={`/mock?session=${id}`} aria-label={t('history.open', { when })}>
                  {when}
                </Link>
                <span className="meta">
                  {' · '}
                  {t('history.item', { count: tally.asked })}
                  {session.finishedAt === null || tally.asked < tally.planned ? ` · ${t('history.unfinished')}` : ''}
                  {session.practice ? ` · ${t('history.practice')}` : ''}
                  {grades.length > 0 ? ` · ${grades.join(', ')}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
