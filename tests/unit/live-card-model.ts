import type { ContentIndex, TopicCardIds } from '@/domain/content';
import { liveCardModel } from '@/lib/live-cards';
import { buildLiveModel, type LiveCardModel, type LiveUserData } from '@/lib/live-model';

/** The live model with its cards for an index, its card ids and user data, as the app's views get it. */
export function buildCardModel(index: ContentIndex, ids: TopicCardIds, user: LiveUserData): LiveCardModel {
  return liveCardModel(index, ids, user, buildLiveModel(index, user));
}
