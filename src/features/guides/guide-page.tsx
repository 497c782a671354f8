import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { entries } from 'virtual:loop-prep/content/guides';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { RichText } from '@/components/rich-text';
import { Sources } from '@/components/sources';
import { useLang } from '@/components/use-lang';
import { pickText } from '@/domain/content';
import { findEntry } from '@/lib/content';

export function GuidePage() {
  const { t } = useTranslation('guides');
  const lang = useLang();
  const { id } = useParams();
  const guide = findEntry(entries, id);
  if (!guide) return <NotFound />;
  return (
    <Page title={pickText(guide.title, lang)}>
      <RichText tree={guide.body} />
      <Sources urls={guide.sources} />
      <p>
        <Link to="/guides">← {t('back')}</Link>
      </p>
    </Page>
  );
}
