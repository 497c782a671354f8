import { topicCardIds } from 'virtual:loop-prep/topic-card-ids';
import { useAppStore } from '@/stores/app-store';
import { content } from './content';
import { liveCardModel } from './live-cards';
import type { LiveCardModel } from './live-model';
import { currentLiveModel, useLiveModel } from './use-live-model';

/** The live model with its cards, for the store's current data (views that list, count by deck or review cards). */
export function useLiveCardModel(): LiveCardModel {
  const model = useLiveModel();
  const cards = useAppStore((s) => s.cards);
  const ownQuestions = useAppStore((s) => s.ownQuestions);
  return liveCardModel(content, topicCardIds, { cards, ownQuestions }, model);
}

/** The same outside React (event handlers). */
export function currentLiveCardModel(): LiveCardModel {
  const state = useAppStore.getState();
  return liveCardModel(content, topicCardIds, state, currentLiveModel());
}
