import { z } from 'zod';
import { ID_PATTERN } from '../domain/ids.ts';

const text = z.string().trim().min(1);
const url = z.url({ protocol: /^https?$/ });
const ids = z.array(z.string().regex(ID_PATTERN)).default([]);
const strings = z.array(text).default([]);
const sources = z.array(url).default([]);
const id = z.string().regex(ID_PATTERN).optional();

const bilingual = z.strictObject({ en: text, ko: text });
/** A plain string (language-neutral) or `{ en, ko }` with at least one. */
const localized = z.union([
  text.transform((s) => ({ en: s, ko: s })),
  z.strictObject({ en: text.optional(), ko: text.optional() }).refine((t) => t.en !== undefined || t.ko !== undefined, 'needs "en" or "ko"'),
]);

export const principleSchema = z.strictObject({
  id,
  order: z.number().int().min(1),
  title: bilingual,
  statement: bilingual,
  /** How an interviewer asks for a story on this principle. */
  prompt: bilingual.optional(),
  sources,
});

export const questionSchema = z.strictObject({
  id,
  order: z.number().optional(),
  // Korean, English or both: a question added in the app may be asked in either language. An empty
  // Korean prompt is a question the notes keep by number but leave blank (the user has yet to write it).
  prompt: z
    .strictObject({ ko: z.string().trim().optional(), en: text.optional() })
    .refine((p) => p.ko !== undefined || p.en !== undefined, 'needs "ko" or "en"'),
  principles: ids,
  stories: ids,
  sources,
});

export const storySchema = z.strictObject({
  id,
  title: text,
  principles: ids,
  'follow-ups': strings,
  sources,
});

export const topicSchema = z.strictObject({
  id,
  title: localized,
  round: z.number().int().min(1).default(1),
  tags: strings,
  sources,
});

export const guideSchema = z.strictObject({
  id,
  title: localized,
  order: z.number().optional(),
  sources,
});

/** One standard follow-up of the mock interview's bank: asked in either UI language. */
export const followUpSchema = z.strictObject({
  id,
  order: z.number().int().min(1),
  prompt: bilingual,
  /** What an interviewer listens for in the answer, shown after the candidate has answered. */
  checks: bilingual.optional(),
  principles: ids,
  sources,
});

export const schemas = {
  principles: principleSchema,
  questions: questionSchema,
  stories: storySchema,
  topics: topicSchema,
  guides: guideSchema,
  'follow-ups': followUpSchema,
} as const;
