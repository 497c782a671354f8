import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { RouteArrivalContext } from '@/components/route-focus';
import { StorageNoticeSlot } from '@/components/storage-notice-slot';
import { ErrorBoundary } from './error-boundary';
import { SearchLauncher } from './search-launcher';
import { SiteNav } from './site-nav';

export function Layout({ hasRoute }: { hasRoute: (path: string) => boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // Focus moves to each new page's heading once the person has left the first address.
  const [firstPath] = useState(pathname);
  const [navigated, setNavigated] = useState(false);
  if (!navigated && pathname !== firstPath) setNavigated(true);
  // The sticky header's real height (its nav wraps on narrower screens), so that what a link or
  // focus scrolls to is never under it (scroll-padding-top in styles.css).
  const header = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = header.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--header-h', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--header-h');
    };
  }, []);
  return (
    <RouteArrivalContext value={navigated}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header" ref={header}>
        <div className="site-header-inner">
          <Link to="/" className="brand">
            {t('appName')}
          </Link>
          {/* Header tools: the Search button goes first, before the language switch. */}
          <div className="header-tools">
            <SearchLauncher />
            <LanguageSwitch />
          </div>
        </div>
        <SiteNav hasRoute={hasRoute} />
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
    </RouteArrivalContext>
  );
}
