/**
 * Keeps http(s), mailto, in-page and relative URLs; anything else (javascript:, data:, vbscript:,
 * file:, ...) becomes empty. Used at build time for content and in the browser for user text.
 */
export function safeUrl(url: string): string {
  const trimmed = url.trim();
  const colon = trimmed.indexOf(':');
  if (colon === -1) return trimmed;
  const beforeColon = trimmed.slice(0, colon);
  // A colon after a slash, "?" or "#" is part of a relative path, not a protocol.
  if (/[/?#]/.test(beforeColon)) return trimmed;
  return /^(https?|mailto)$/i.test(beforeColon) ? trimmed : '';
}
