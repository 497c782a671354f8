import { OWN_DECK_NAME_MAX } from './ids';

/**
 * Ids for what the user creates in the app (own cards, own questions, own decks). Apart from
 * ids.ts, which the stored-data validation needs on the first page, so these load with the views
 * that create things.
 */

/** Base-36 random digits from a number in [0, 1) (Math.random by default; tests pass their own). */
function randomDigits(random: () => number, length: number): string {
  let out = '';
  while (out.length < length) out += Math.floor(random() * 36).toString(36);
  return out;
}

/** A new own card's id; `now` and `random` are parameters so the id is reproducible in tests. */
export function newOwnCardId(now: number, random: () => number = Math.random): string {
  return `own:${Math.max(0, Math.floor(now)).toString(36)}-${randomDigits(random, 6)}`;
}

/**
 * A new own question's id: kebab-case, `q-<base-36 time>` (plus a suffix when taken), never one of
 * content's ids (content question ids are their file names, which never start with `q-<digits>`
 * in practice; `isTaken` is checked anyway).
 */
export function newOwnQuestionId(now: number, isTaken: (id: string) => boolean): string {
  const base = `q-${Math.max(0, Math.floor(now)).toString(36)}`;
  if (!isTaken(base)) return base;
  for (let n = 2; ; n += 1) if (!isTaken(`${base}-${n}`)) return `${base}-${n}`;
}

export function ownDeckId(name: string): `own:${string}` {
  return `own:${name.replace(/\s+/g, ' ').trim().slice(0, OWN_DECK_NAME_MAX)}`;
}
