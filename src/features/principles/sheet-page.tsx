import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { useLang } from '@/components/use-lang';
import { useLiveModel } from '@/lib/use-live-model';
import { CheatSheet } from './cheat-sheet';

// Print on a principle page loads the sheet with this view (one chunk for both).
export { PrintPrinciple } from './cheat-sheet';

/**
 * `/sheet`: the cheat sheet of the whole loop, to print and read on the way to the interview;
 * `/sheet?principle=<id>`: one principle on one page.
 */
export function SheetPage() {
  const { t } = useTranslation('principles');
  const lang = useLang();
  const navigate = useNavigate();
  const id = useId();
  const model = useLiveModel();
  const [params] = useSearchParams();
  const one = params.get('principle');
  const principle = one === null ? undefined : model.principleById.get(one);
  if (one !== null && !principle) return <NotFound />;
  return (
    <Page
      title={principle ? t('sheet.titleOne', { title: principle.title[lang] }) : t('sheet.title')}
      lead={<p>{principle ? t('sheet.leadOne') : t('sheet.lead')}</p>}
      actions={
        <>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('sheet.print')}
          </button>
          <div className="sheet-pick">
            <label htmlFor={id}>{t('sheet.show')}</label>
            <select
              id={id}
              value={one ?? ''}
              onChange={(event) => void navigate(event.target.value === '' ? '/sheet' : `/sheet?principle=${event.target.value}`)}
            >
              <option value="">{t('sheet.all')}</option>
              {model.principles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.order}. {p.title[lang]}
                </option>
              ))}
            </select>
          </div>
        </>
      }
    >
      <CheatSheet ids={principle ? [principle.id] : undefined} />
      <p className="no-print">
        <Link to={principle ? `/principles/${principle.id}` : '/principles'}>← {principle ? principle.title[lang] : t('back')}</Link>
      </p>
    </Page>
  );
}
