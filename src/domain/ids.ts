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

/** A kebab-case id from any text (ASCII letters and digits; `<prefix>-<hash>` when too little is left). */
export function kebabId(text: string, fallbackPrefix: string): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug.length >= 3 ? slug : `${fallbackPrefix}-${shortHash(text)}`;
}

/** Turns a title into a kebab-case id (ASCII letters and digits; falls back to a hash). */
export function slugify(title: string): string {
  return kebabId(title, 'story');
}

/** A content topic card's id (`topic:<topic id>:<hash>`, see topicCardId). */
export const TOPIC_CARD_ID_PATTERN = /^topic:[a-z0-9]+(?:-[a-z0-9]+)*:[0-9a-z]{7}$/;
/** A card of the user's own: `own:<base-36 time>-<base-36 random>`. */
export const OWN_CARD_ID_PATTERN = /^own:[0-9a-z]+-[0-9a-z]+$/;
/** The ids a stored card overlay may have: a content topic card (an edit) or a card of one's own. */
export const CARD_ID_PATTERN = new RegExp(`${TOPIC_CARD_ID_PATTERN.source}|${OWN_CARD_ID_PATTERN.source}`);

export const isOwnCardId = (id: string): boolean => OWN_CARD_ID_PATTERN.test(id);

/** Own decks are named freely (Korean allowed): `own:<name>`, the name trimmed, one line, at most 60 characters (see own-ids.ts). */
export const OWN_DECK_NAME_MAX = 60;

/** True for `topic:<kebab id>` or `own:<name>` (name non-empty, one line, trimmed, not too long). */
export function isCardDeck(deck: string): boolean {
  if (/^topic:[a-z0-9]+(?:-[a-z0-9]+)*$/.test(deck)) return true;
  if (!deck.startsWith('own:')) return false;
  const name = deck.slice(4);
  return name !== '' && name === name.replace(/\s+/g, ' ').trim() && name.length <= OWN_DECK_NAME_MAX;
}
