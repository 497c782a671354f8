import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { StorageNoticeSlot } from '@/components/storage-notice-slot';
import { ErrorBoundary } from './error-boundary';

const NAV = ['principles', 'questions', 'stories', 'topics', 'review', 'guides', 'settings'] as const;

export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            {t('appName')}
          </Link>
          <LanguageSwitch />
        </div>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            {NAV.map((item) => (
              <li key={item}>
                <NavLink to={`/${item}`}>{t(`nav.${item}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={pathname}>
          <StorageNoticeSlot />
        </ErrorBoundary>
        <ErrorBoundary resetKey={pathname}>
          <Suspense
            fallback={
              <p className="loading" role="status">
                {t('loading')}
              </p>
            }
          >
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
