import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { createRoutesFromElements, matchRoutes, Route, useRoutes } from 'react-router';
import { NotFound } from '@/components/not-found';
import { preloadText } from './feature-text';
import { Layout } from './layout';

/**
 * Every view is its own chunk: the first page downloads only what it shows. `text` names the
 * namespaces the view shows at once, and `data` starts the download of what it shows from the
 * address: both go at the same time as the view's code, so the page does not wait for one before
 * asking for the next.
 */
function view<M, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
  text: string | readonly string[],
  data?: (path: string) => void,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    for (const namespace of typeof text === 'string' ? [text] : text) preloadText(namespace);
    data?.(window.location.pathname);
    return { default: (await load())[name] as ComponentType };
  });
}

/** The topic at a `/topics/<id>` address: its notes and cards are the page's largest download. */
function preloadTopic(path: string): void {
  const id = /^\/topics\/([^/]+)\/?$/.exec(path)?.[1];
  if (id === undefined) return;
  void import('virtual:loop-prep/loaders/topics')
    .then(({ loaders }) => {
      const key = decodeURIComponent(id);
      return Object.hasOwn(loaders, key) ? loaders[key]?.() : undefined;
    })
    .catch(() => undefined);
}

const DashboardPage = view(() => import('@/features/dashboard/dashboard-page'), 'DashboardPage', 'dashboard');
const PrinciplesPage = view(() => import('@/features/principles/principles-page'), 'PrinciplesPage', 'principles');
const PrinciplePage = view(() => import('@/features/principles/principle-page'), 'PrinciplePage', 'principles');
const QuestionsPage = view(() => import('@/features/questions/questions-page'), 'QuestionsPage', 'questions');
const QuestionPage = view(() => import('@/features/questions/question-page'), 'QuestionPage', ['questions', 'hints']);
const StoriesPage = view(() => import('@/features/stories/stories-page'), 'StoriesPage', 'stories');
const StoryPage = view(() => import('@/features/stories/story-page'), 'StoryPage', 'stories');
const StoryEditPage = view(() => import('@/features/stories/story-edit-page'), 'StoryEditPage', ['stories', 'hints']);
const TopicsPage = view(() => import('@/features/topics/topics-page'), 'TopicsPage', 'topics');
const TopicPage = view(() => import('@/features/topics/topic-page'), 'TopicPage', ['topics', 'cards'], preloadTopic);
const GuidesPage = view(() => import('@/features/guides/guides-page'), 'GuidesPage', 'guides');
const GuidePage = view(() => import('@/features/guides/guide-page'), 'GuidePage', 'guides');
const SettingsPage = view(() => import('@/features/settings/settings-page'), 'SettingsPage', ['settings', 'recordings']);
const ReviewPage = view(() => import('@/features/review/review-page'), 'ReviewPage', ['review', 'cards']);
const StatsPage = view(() => import('@/features/review/stats-page'), 'StatsPage', 'review');
const CoveragePage = view(() => import('@/features/coverage/coverage-page'), 'CoveragePage', 'coverage');
const SheetPage = view(() => import('@/features/principles/sheet-page'), 'SheetPage', 'principles');
const MockPage = view(() => import('@/features/mock/mock-page'), 'MockPage', ['mock', 'recordings']);

const routeTree = (
  <Route element={<Layout hasRoute={hasRoute} />}>
    <Route index element={<DashboardPage />} />
    <Route path="principles" element={<PrinciplesPage />} />
    <Route path="principles/:id" element={<PrinciplePage />} />
    <Route path="questions" element={<QuestionsPage />} />
    <Route path="questions/:id" element={<QuestionPage />} />
    <Route path="stories" element={<StoriesPage />} />
    {/* One form for both: a new story moves to its own address on first save without a remount. */}
    <Route path="stories/new" element={<StoryEditPage />} />
    <Route path="stories/:id" element={<StoryPage />} />
    <Route path="stories/:id/edit" element={<StoryEditPage />} />
    <Route path="topics" element={<TopicsPage />} />
    <Route path="topics/:id" element={<TopicPage />} />
    <Route path="guides" element={<GuidesPage />} />
    <Route path="guides/:id" element={<GuidePage />} />
    <Route path="settings" element={<SettingsPage />} />
    <Route path="review" element={<ReviewPage />} />
    <Route path="stats" element={<StatsPage />} />
    <Route path="coverage" element={<CoveragePage />} />
    <Route path="sheet" element={<SheetPage />} />
    <Route path="mock" element={<MockPage />} />
    <Route path="*" element={<NotFound />} />
  </Route>
);

const routes = createRoutesFromElements(routeTree);

/**
 * Whether the app has a view at `path` (not the catch-all): the nav lists only places that exist.
 * The route table never changes and matching ranks every branch, so each answer is kept.
 */
const routeKnown = new Map<string, boolean>();
function hasRoute(path: string): boolean {
  let known = routeKnown.get(path);
  if (known === undefined) {
    const matches = matchRoutes(routes, path);
    known = matches !== null && matches.at(-1)?.route.path !== '*';
    routeKnown.set(path, known);
  }
  return known;
}

/** The route objects are made once (not from the elements on every render). */
export function AppRoutes() {
  return useRoutes(routes);
}
