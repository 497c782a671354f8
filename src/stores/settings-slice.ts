import { LANGS } from '@/domain/content';
import { DEFAULT_SETTINGS, isIsoDate, THEMES, type Settings, type Theme } from '@/domain/settings';
import { mergeFields, type SliceData } from './merge';
import { expectBoolean, expectKeys, expectObject, InvalidUserDataError, readField, type Report } from './validation';

export * from './settings-state';

function expectLanguage(value: unknown, path: string): Settings['language'] {
  if (value !== null && !(LANGS as readonly unknown[]).includes(value)) throw new InvalidUserDataError(path, 'expected "en", "ko" or null');
  return value as Settings['language'];
}

function expectTheme(value: unknown, path: string): Theme {
  if (!(THEMES as readonly unknown[]).includes(value)) throw new InvalidUserDataError(path, 'expected "system", "light" or "dark"');
  return value as Theme;
}

function expectDate(value: unknown, path: string): string | null {
  if (value !== null && !isIsoDate(value)) throw new InvalidUserDataError(path, 'expected a YYYY-MM-DD date or null');
  return value as string | null;
}

/** Field by field: a bad field is set aside and takes its default; the other fields load. */
function validateSettings(value: unknown, path: string, report: Report): Settings {
  const object = expectObject(value, path);
  expectKeys(object, path, [], report, ['language', 'theme', 'interviewDate', 'shortcuts']);
  // A missing field (a backup of an older version) takes its default, in strict mode too.
  const field = <T>(key: keyof Settings, check: (value: unknown, path: string) => T): T =>
    readField(object, path, key, report, DEFAULT_SETTINGS[key] as T, check);
  return {
    language: field('language', expectLanguage),
    theme: field('theme', expectTheme),
    interviewDate: field('interviewDate', expectDate),
    shortcuts: field('shortcuts', expectBoolean),
  };
}

/** Settings are small: merged field by field, and another tab's change wins over a concurrent one here. */
export const settingsData: SliceData<Settings> = {
  empty: DEFAULT_SETTINGS,
  validate: validateSettings,
  merge: (base, local, incoming) => mergeFields(base, local, incoming),
};
