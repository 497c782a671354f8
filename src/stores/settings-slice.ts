import type { StateCreator } from 'zustand';
import { LANGS, type Lang } from '@/domain/content';
import { DEFAULT_SETTINGS, isIsoDate, THEMES, type Settings, type Theme } from '@/domain/settings';
import { mergeFields, type SliceData } from './merge';
import { expectKeys, expectObject, InvalidUserDataError } from './validation';

export interface SettingsSlice {
  settings: Settings;
  setLanguage: (language: Lang) => void;
  setTheme: (theme: Theme) => void;
  setInterviewDate: (date: string | null) => void;
  setShortcuts: (on: boolean) => void;
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  settings: DEFAULT_SETTINGS,
  setLanguage: (language) => set((s) => ({ settings: { ...s.settings, language } })),
  setTheme: (theme) => set((s) => ({ settings: { ...s.settings, theme } })),
  setInterviewDate: (interviewDate) => set((s) => ({ settings: { ...s.settings, interviewDate } })),
  setShortcuts: (shortcuts) => set((s) => ({ settings: { ...s.settings, shortcuts } })),
});

function validateSettings(value: unknown, path: string): Settings {
  const object = expectObject(value, path);
  expectKeys(object, path, ['language', 'theme', 'interviewDate', 'shortcuts']);
  const { language, theme, interviewDate, shortcuts } = object;
  if (language !== null && !(LANGS as readonly unknown[]).includes(language)) throw new InvalidUserDataError(`${path}.language`, 'expected "en", "ko" or null');
  if (!(THEMES as readonly unknown[]).includes(theme)) throw new InvalidUserDataError(`${path}.theme`, 'expected "system", "light" or "dark"');
  if (interviewDate !== null && !isIsoDate(interviewDate)) throw new InvalidUserDataError(`${path}.interviewDate`, 'expected a YYYY-MM-DD date or null');
  if (typeof shortcuts !== 'boolean') throw new InvalidUserDataError(`${path}.shortcuts`, 'expected true or false');
  return { language: language as Settings['language'], theme: theme as Settings['theme'], interviewDate: interviewDate as string | null, shortcuts };
}

/** Settings are small: merged field by field, and another tab's change wins over a concurrent one here. */
export const settingsData: SliceData<Settings> = {
  empty: DEFAULT_SETTINGS,
  validate: validateSettings,
  merge: (base, local, incoming) => mergeFields(base, local, incoming),
};
