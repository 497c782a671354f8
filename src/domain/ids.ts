/** 32-bit FNV-1a over UTF-16 code units, as 7 base-36 digits. Pure and deterministic. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}

/** Normalises a card question so that whitespace and case edits keep the id. */
function normaliseQuestion(question: string): string {
  return question.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A topic card's id depends on its topic and question only, so editing the answer keeps the
 * card's review history; rewording the question makes it a new card.
 */
export function topicCardId(topicId: string, question: string): string {
  return `topic:${topicId}:${shortHash(normaliseQuestion(question))}`;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns a title into a kebab-case id (ASCII letters and digits; falls back to a hash). */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug.length >= 3 ? slug : `story-${shortHash(title)}`;
}

/** A content topic card's id (`topic:<topic id>:<hash>`, see topicCardId). */
export const TOPIC_CARD_ID_PATTERN = /^topic:[a-z0-9]+(?:-[a-z0-9]+)*:[0-9a-z]{7}$/;
/** A card of the user's own: `own:<base-36 time>-<base-36 random>`. */
export const OWN_CARD_ID_PATTERN = /^own:[0-9a-z]+-[0-9a-z]+$/;
/** The ids a stored card overlay may have: a content topic card (an edit) or a card of one's own. */
export const CARD_ID_PATTERN = new RegExp(`${TOPIC_CARD_ID_PATTERN.source}|${OWN_CARD_ID_PATTERN.source}`);

export const isOwnCardId = (id: string): boolean => OWN_CARD_ID_PATTERN.test(id);

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

/** Own decks are named freely (Korean allowed): `own:<name>`, the name trimmed, one line, at most 60 characters. */
export const OWN_DECK_NAME_MAX = 60;

export function ownDeckId(name: string): `own:${string}` {
  return `own:${name.replace(/\s+/g, ' ').trim().slice(0, OWN_DECK_NAME_MAX)}`;
}

/** True for `topic:<kebab id>` or `own:<name>` (name non-empty, one line, trimmed, not too long). */
export function isCardDeck(deck: string): boolean {
  if (/^topic:[a-z0-9]+(?:-[a-z0-9]+)*$/.test(deck)) return true;
  if (!deck.startsWith('own:')) return false;
  const name = deck.slice(4);
  return name !== '' && name === name.replace(/\s+/g, ' ').trim() && name.length <= OWN_DECK_NAME_MAX;
}
