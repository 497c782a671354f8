import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes } from 'react-router';
import { NotFound } from '@/components/not-found';
import { Layout } from './layout';

/** Every view is its own chunk: the first page downloads only what it shows. */
function view<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const DashboardPage = view(() => import('@/features/dashboard/dashboard-page'), 'DashboardPage');
const PrinciplesPage = view(() => import('@/features/principles/principles-page'), 'PrinciplesPage');
const PrinciplePage = view(() => import('@/features/principles/principle-page'), 'PrinciplePage');
const QuestionsPage = view(() => import('@/features/questions/questions-page'), 'QuestionsPage');
const QuestionPage = view(() => import('@/features/questions/question-page'), 'QuestionPage');
const StoriesPage = view(() => import('@/features/stories/stories-page'), 'StoriesPage');
const StoryPage = view(() => import('@/features/stories/story-page'), 'StoryPage');
const StoryEditPage = view(() => import('@/features/stories/story-edit-page'), 'StoryEditPage');
const TopicsPage = view(() => import('@/features/topics/topics-page'), 'TopicsPage');
const TopicPage = view(() => import('@/features/topics/topic-page'), 'TopicPage');
const GuidesPage = view(() => import('@/features/guides/guides-page'), 'GuidesPage');
const GuidePage = view(() => import('@/features/guides/guide-page'), 'GuidePage');
const SettingsPage = view(() => import('@/features/settings/settings-page'), 'SettingsPage');
const ReviewPage = view(() => import('@/features/review/review-page'), 'ReviewPage');
const StatsPage = view(() => import('@/features/review/stats-page'), 'StatsPage');
const CoveragePage = view(() => import('@/features/coverage/coverage-page'), 'CoveragePage');

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
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
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
