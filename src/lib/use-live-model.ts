import { useAppStore } from '@/stores/app-store';
import { content } from './content';
import { liveModel, type LiveModel } from './live-model';

/**
 * The live model of the notes for the store's current data. Every view gets the same object while
 * nothing it is built from changed (see liveModel), and re-renders when something did.
 */
export function useLiveModel(): LiveModel {
  const stories = useAppStore((s) => s.stories);
  const questionDrafts = useAppStore((s) => s.questionDrafts);
  const cards = useAppStore((s) => s.cards);
  const ownQuestions = useAppStore((s) => s.ownQuestions);
  const principleNotes = useAppStore((s) => s.principleNotes);
  return liveModel(content, { stories, questionDrafts, cards, ownQuestions, principleNotes });
}

/** The live model for the store's data right now, outside React (event handlers). */
export function currentLiveModel(): LiveModel {
  const { stories, questionDrafts, cards, ownQuestions, principleNotes } = useAppStore.getState();
  return liveModel(content, { stories, questionDrafts, cards, ownQuestions, principleNotes });
}
