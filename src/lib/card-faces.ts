import { useMemo } from 'react';
import { entries as contentFaces } from 'virtual:loop-prep/content/cards';
import { entries as principleEntries } from 'virtual:loop-prep/content/principles';
import { entries as questionEntries } from 'virtual:loop-prep/content/questions';
import { entries as storyEntries } from 'virtual:loop-prep/content/stories';
import {
  PRINCIPLE_PROMPT_PREFIX,
  QUESTION_PROMPT_PREFIX,
  type CardFace,
  type ContentCardFace,
  type DeckId,
  type PromptCardFace,
  type StoryFace,
} from '@/domain/cards';
import type { BilingualText, QuestionEntry, StoryEntry } from '@/domain/content';
import { useAppStore } from '@/stores/app-store';
import type { LiveCardModel, LiveUserData } from './live-model';
import { useLiveCardModel } from './use-live-cards';

/**
 * The faces a review (and the mock interview) shows, built live: a behavioural card's answer side
 * shows the current text of its stories, key points and draft, whether written in the app or in
 * content/. Loaded only by the views that show cards, since it brings the story and question bodies.
 */

/** The bodies the faces need: content's card faces (topic cards, recall), stories and questions. */
export interface FaceSources {
  readonly faces: ReadonlyMap<string, ContentCardFace>;
  readonly stories: ReadonlyMap<string, StoryEntry>;
  readonly questions: ReadonlyMap<string, QuestionEntry>;
  /** How an interviewer asks for a story on a principle, where content gives the phrasing. */
  readonly prompts: ReadonlyMap<string, BilingualText>;
}

function storyFace(id: string, user: Pick<LiveUserData, 'stories'>, sources: FaceSources): StoryFace | undefined {
  const overlay = user.stories[id];
  const fields = overlay && !overlay.deleted ? overlay.story : overlay?.deleted ? undefined : sources.stories.get(id);
  return fields ? { id, title: fields.title, star: fields.star, followUps: fields.followUps.filter((q) => q.trim() !== '') } : undefined;
}

/**
 * The face of one card for the given model and user data, or undefined when the card is no longer
 * in the model (a card whose content was removed). Pure.
 */
export function buildCardFace(id: string, model: LiveCardModel, user: LiveUserData, sources: FaceSources): CardFace | undefined {
  const card = model.cardById.get(id);
  if (!card) return undefined;
  const faces = (ids: readonly string[]): StoryFace[] => ids.flatMap((sid) => storyFace(sid, user, sources) ?? []);
  switch (card.kind) {
    case 'recall': {
      const face = sources.faces.get(id);
      return face?.kind === 'recall' ? face : undefined;
    }
    case 'topic': {
      const base = sources.faces.get(id);
      if (base?.kind !== 'topic') return undefined;
      const overlay = user.cards[id];
      return {
        kind: 'topic',
        id,
        topic: base.topic,
        deck: `topic:${base.topic}`,
        question: overlay?.question ?? base.question,
        answer: overlay?.answer ?? base.answer,
        origin: 'content',
        edited: overlay !== undefined,
      };
    }
    case 'own': {
      const overlay = user.cards[id];
      if (!overlay || overlay.deck === null) return undefined;
      const deck = overlay.deck as DeckId;
      return {
        kind: 'topic',
        id,
        topic: deck.startsWith('topic:') ? deck.slice(6) : null,
        deck,
        question: overlay.question,
        answer: overlay.answer,
        origin: 'own',
        edited: false,
      };
    }
    case 'question': {
      const questionId = id.slice(QUESTION_PROMPT_PREFIX.length);
      const question = model.questionById.get(questionId);
      if (!question) return undefined;
      const entry = sources.questions.get(questionId);
      const draft = user.questionDrafts[questionId];
      const linked = new Set(question.stories);
      const others = [...new Set(question.principles.flatMap((p) => model.principleById.get(p)?.stories ?? []))].filter((sid) => !linked.has(sid));
      const face: PromptCardFace = {
        kind: 'prompt',
        id,
        source: 'question',
        sourceId: questionId,
        prompt: question.prompt,
        title: null,
        keyPoints: draft?.keyPoints ?? entry?.keyPoints ?? '',
        draft: draft?.draft ?? entry?.draft ?? '',
        stories: faces(question.stories),
        otherStories: faces(others),
      };
      return face;
    }
    case 'principle': {
      const principleId = id.slice(PRINCIPLE_PROMPT_PREFIX.length);
      const principle = model.principleById.get(principleId);
      if (!principle) return undefined;
      return {
        kind: 'prompt',
        id,
        source: 'principle',
        sourceId: principleId,
        prompt: sources.prompts.get(principleId) ?? null,
        title: principle.title,
        keyPoints: '',
        draft: '',
        stories: faces(principle.stories),
        otherStories: [],
      };
    }
  }
}

/** Content's bodies, from the build-time modules. */
export const contentSources: FaceSources = {
  faces: new Map(contentFaces.map((face) => [face.id, face])),
  stories: new Map(storyEntries.map((entry) => [entry.id, entry])),
  questions: new Map(questionEntries.map((entry) => [entry.id, entry])),
  prompts: new Map(principleEntries.flatMap((entry) => (entry.prompt ? [[entry.id, entry.prompt]] : []))),
};

/** The live face of a card (undefined: no such card any more); rebuilt when the user's text changes. */
export function useCardFace(id: string | null): CardFace | undefined {
  const model = useLiveCardModel();
  const stories = useAppStore((s) => s.stories);
  const questionDrafts = useAppStore((s) => s.questionDrafts);
  const cards = useAppStore((s) => s.cards);
  const ownQuestions = useAppStore((s) => s.ownQuestions);
  const principleNotes = useAppStore((s) => s.principleNotes);
  return useMemo(
    () => (id === null ? undefined : buildCardFace(id, model, { stories, questionDrafts, cards, ownQuestions, principleNotes }, contentSources)),
    [id, model, stories, questionDrafts, cards, ownQuestions, principleNotes],
  );
}
