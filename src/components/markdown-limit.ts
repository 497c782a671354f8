/**
 * Text longer than this (characters) is shown as plain text: rendering a very long section as
 * markdown (a pasted log, a whole document) can hold the page for seconds; plain text renders at once.
 */
export const MARKDOWN_LIMIT = 20_000;
