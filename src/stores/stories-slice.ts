import type { StoryOverlay } from '@/domain/overlays';
import type { StoryFields } from '@/domain/story';
import { recordSlice } from './record-slice';
import { expectBoolean, expectIds, expectKeys, expectObject, expectString, expectStrings, expectTime, type Report } from './validation';

export * from './stories-state';

function validateStoryFields(value: unknown, path: string, report: Report): StoryFields {
  const o = expectObject(value, path);
  expectKeys(o, path, ['title', 'principles', 'followUps', 'star', 'learnings', 'notes', 'sources'], report);
  const star = expectObject(o.star, `${path}.star`);
  expectKeys(star, `${path}.star`, ['situation', 'task', 'action', 'result'], report);
  return {
    title: expectString(o.title, `${path}.title`),
    principles: expectIds(o.principles, `${path}.principles`),
    followUps: expectStrings(o.followUps, `${path}.followUps`),
    star: {
      situation: expectString(star.situation, `${path}.star.situation`),
      task: expectString(star.task, `${path}.star.task`),
      action: expectString(star.action, `${path}.star.action`),
      result: expectString(star.result, `${path}.star.result`),
    },
    learnings: expectString(o.learnings, `${path}.learnings`),
    notes: expectString(o.notes, `${path}.notes`),
    sources: expectStrings(o.sources, `${path}.sources`),
  };
}

function validateStoryOverlay(value: unknown, path: string, report: Report): StoryOverlay {
  const o = expectObject(value, path);
  expectKeys(o, path, ['story', 'updatedAt', 'deleted'], report);
  return {
    story: validateStoryFields(o.story, `${path}.story`, report),
    updatedAt: expectTime(o.updatedAt, `${path}.updatedAt`),
    deleted: expectBoolean(o.deleted, `${path}.deleted`),
  };
}

/** Story overlays: one record per story id; a deleted story keeps its text (restorable). */
export const storiesData = recordSlice<StoryOverlay>({ kind: 'stories', validateRecord: validateStoryOverlay });
