import { useAppStore } from '@/stores/app-store';

/**
 * Whether single-key shortcuts are on (the `Keyboard shortcuts` setting; WCAG 2.1.4). Every
 * single-key handler checks it: the hook for what a view shows (key hints), the function inside
 * event handlers.
 */
export function useShortcutsEnabled(): boolean {
  return useAppStore((s) => s.settings.shortcuts);
}

export function shortcutsEnabled(): boolean {
  return useAppStore.getState().settings.shortcuts;
}
