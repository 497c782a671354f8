import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isInPlace, NAV, type NavItem, type NavKey } from './nav';

/** Simple line icons for the phone's tab bar (decorative: the label names the tab). */
const ICONS: Record<string, ReactNode> = {
  home: <path d="M4 11 12 4l8 7M6 9.5V20h4.5v-5.5h3V20H18V9.5" />,
  principles: <path d="M5 4.5h9.5L19 9v10.5H5zM14 4.5V9h5M8.5 12.5h7M8.5 16h7" />,
  stories: <path d="M4.5 5.5h15v10H11l-4.5 4v-4h-2z" />,
  review: <path d="M7.5 4.5h11v13h-11zM5 7v13h11" />,
  more: <path d="M6 12h.01M12 12h.01M18 12h.01" strokeWidth={3.5} />,
};

function Icon({ name }: { name: string }) {
  return (
    <svg className="tab-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
        {ICONS[name]}
      </g>
    </svg>
  );
}

function PlaceLink({ item, current }: { item: NavItem; current: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to={item.path} aria-current={current ? 'page' : undefined}>
      {item.icon !== undefined && <Icon name={item.icon} />}
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
              <Icon name="more" />
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
