import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isInPlace, NAV, type NavItem, type NavKey } from './nav';

function PlaceLink({ item, current }: { item: NavItem; current: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to={item.path} aria-current={current ? 'page' : undefined}>
      <span className="nav-label">{t(`nav.${item.key as NavKey}`)}</span>
    </Link>
  );
}

/**
 * The app's places. Wide screens: one row in the sticky header. Below 600 px: a bottom tab bar
 * with the main places and `More`, a disclosure button whose list holds the rest; when the current
 * place is under `More`, the button names it, so the place you are on is always in sight. The
 * current place is marked with aria-current in both.
 */
export function SiteNav({ hasRoute }: { hasRoute: (path: string) => boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const menuId = useId();
  // The menu is open at one address: navigating anywhere closes it.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  const navRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const places: readonly NavItem[] = NAV.filter((item) => hasRoute(item.path));
  const tabs = places.filter((item) => item.tab === true);
  const rest = places.filter((item) => item.tab !== true);
  const current = places.find((item) => isInPlace(item, pathname));
  const currentInMore = current !== undefined && current.tab !== true;

  // It also closes on Escape (focus back on the button) and on a tap elsewhere.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      setOpenAt(null);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent): void => {
      if (!navRef.current?.contains(event.target as Node)) setOpenAt(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <nav ref={navRef} aria-label={t('nav.label')} className="site-nav">
      <ul className="nav-list">
        {tabs.map((item) => (
          <li key={item.key} className="nav-tab">
            <PlaceLink item={item} current={item === current} />
          </li>
        ))}
        {rest.length > 0 && (
          <li className={`nav-more${currentInMore ? ' has-current' : ''}`}>
            <button
              ref={buttonRef}
              type="button"
              className="nav-more-button"
              aria-expanded={open}
              aria-controls={menuId}
              // Under More, the button shows the current place; its name says both ("More: Topics").
              aria-label={currentInMore ? t('nav.moreCurrent', { place: t(`nav.${current.key as NavKey}`) }) : undefined}
              onClick={() => setOpenAt(open ? null : pathname)}
            >
              <span className="nav-label">{currentInMore ? t(`nav.${current.key as NavKey}`) : t('nav.more')}</span>
            </button>
            <ul id={menuId} className={`nav-more-list${open ? ' open' : ''}`}>
              {rest.map((item) => (
                <li key={item.key}>
                  <PlaceLink item={item} current={item === current} />
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
    </nav>
  );
}
