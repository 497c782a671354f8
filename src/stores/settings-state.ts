import type { StateCreator } from 'zustand';
import { type Lang } from '@/domain/content';
import { DEFAULT_SETTINGS, type Settings, type Theme } from '@/domain/settings';

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
