import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS } from '@/domain/content';
import { EMPTY_STORY } from '@/domain/story';
import { storyToMarkdown } from '@/domain/story-markdown';
import { storyFromMarkdown } from '@/domain/story-markdown-reader';
import { STORAGE_KEY, useAppStore } from '@/stores/app-store';
import { captureDownloads, resetAppStore } from './app-helpers';
import { renderApp } from './render';

beforeEach(resetAppStore);

const stored = (): { state: { stories: Record<string, { story: { title: string; star: Record<string, string> } }> } } =>
  JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{"state":{"stories":{}}}');

describe('the STAR form', () => {
  it('has text areas labelled Title, Situation, Task, Action, Result and Learnings, and an LP checkbox per principle', async () => {
    renderApp('/stories/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'New story' })).toBeInTheDocument();
    for (const label of ['Title', 'Situation', 'Task', 'Action', 'Result', 'Learnings']) {
      expect(screen.getByLabelText(label).tagName).toBe('TEXTAREA');
    }
    const principles = screen.getByRole('group', { name: 'Leadership Principles it shows' });
    expect(within(principles).getAllByRole('checkbox')).toHaveLength(PRINCIPLE_IDS.length);
    expect(within(principles).getByRole('checkbox', { name: 'Customer Obsession' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Add a follow-up question' })).toBeInTheDocument();
  });

  it('speaks Korean in the Korean UI', async () => {
    renderApp('/stories/new', 'ko');
    expect(await screen.findByRole('heading', { level: 1, name: '새 스토리' })).toBeInTheDocument();
    expect(screen.getByLabelText('제목')).toBeInTheDocument();
    expect(screen.getByLabelText('상황 (Situation)')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '고객 집착' })).toBeInTheDocument();
  });

  it('gives a new story its id and address on the first text, keeps the field focused, and shows Saved once stored', async () => {
    renderApp('/stories/new');
    const user = userEvent.setup();
    const title = await screen.findByLabelText('Title');
    await user.click(title);
    await user.paste('Migrating the billing service');
    expect(await screen.findByRole('link', { name: 'View the story' })).toHaveAttribute('href', '/stories/migrating-the-billing-service');
    // The heading stays: nothing above the field changes while the user types.
    expect(screen.getByRole('heading', { level: 1, name: 'New story' })).toBeInTheDocument();
    // Same element, still focused: typing goes on without a remount.
    expect(screen.getByLabelText('Title')).toBe(title);
    expect(title).toHaveFocus();
    await user.type(title, ' 2');
    await user.type(screen.getByLabelText('Situation'), '결제');
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(stored().state.stories['migrating-the-billing-service']?.story).toMatchObject({
      title: 'Migrating the billing service 2',
      star: { situation: '결제' },
    });
  });

  it('shows Saving… while a change waits, then Saved', async () => {
    renderApp('/stories/india-gst/edit');
    const user = userEvent.setup();
    await screen.findByLabelText('Task');
    const status = screen.getAllByRole('status').find((el) => el.classList.contains('save-status'));
    expect(status).toHaveTextContent('');
    await user.type(screen.getByLabelText('Task'), '!');
    expect(status).toHaveTextContent('Saving…');
    await waitFor(() => expect(status).toHaveTextContent('Saved'));
  });

  it('edits a content story, says it differs from the original, and restores the original (with undo)', async () => {
    renderApp('/stories/india-gst/edit');
    const user = userEvent.setup();
    const result = await screen.findByLabelText('Result');
    const original = (result as HTMLTextAreaElement).value;
    expect(original).toContain('인도법인장');
    await user.clear(result);
    await user.type(result, 'Shipped.');
    expect(screen.getByText('This story differs from the original.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Ownership' }));
    expect(useAppStore.getState().stories['india-gst']?.story.principles).toContain('ownership');

    await user.click(screen.getByRole('button', { name: 'Restore the original' }));
    expect(screen.getByLabelText('Result')).toHaveValue(original);
    expect(useAppStore.getState().stories['india-gst']).toBeUndefined();
    expect(screen.getByRole('checkbox', { name: 'Ownership' })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByLabelText('Result')).toHaveValue('Shipped.');
  });

  it('updates the live preview as you type, rendering markdown without raw HTML', async () => {
    renderApp('/stories/india-gst/edit');
    const user = userEvent.setup();
    const action = await screen.findByLabelText('Action');
    await user.clear(action);
    await user.type(action, 'I **owned** it <b>raw</b>');
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect((await within(preview).findByText('owned')).tagName).toBe('STRONG');
    expect(preview.querySelector('b')).toBeNull();
  });

  it('adds, edits and removes follow-up questions', async () => {
    renderApp('/stories/india-gst/edit');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a follow-up question' }));
    const first = screen.getByLabelText('Follow-up question 1');
    expect(first).toHaveFocus();
    await user.type(first, '왜?');
    await user.click(screen.getByRole('button', { name: 'Add a follow-up question' }));
    await user.type(screen.getByLabelText('Follow-up question 2'), 'Next?');
    await user.click(screen.getByRole('button', { name: 'Remove follow-up question 1' }));
    expect(useAppStore.getState().stories['india-gst']?.story.followUps).toEqual(['Next?']);
  });
});

describe('a story written in the app', () => {
  const mine = { ...EMPTY_STORY, title: 'My own story', star: { ...EMPTY_STORY.star, situation: 'S' } };

  it('is listed, viewed, deleted, and comes back with Undo', async () => {
    useAppStore.getState().saveStory('my-own-story', mine);
    renderApp('/stories');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'My own story' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My own story' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', '/stories/my-own-story/edit');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Story bank' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'My own story' })).not.toBeInTheDocument();
    expect(screen.getByText('“My own story” was deleted.')).toBeInTheDocument();
    expect(useAppStore.getState().stories['my-own-story']).toMatchObject({ deleted: true, story: mine });

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'My own story' })).toBeInTheDocument();
    expect(useAppStore.getState().stories['my-own-story']?.deleted).toBe(false);
  });

  it('can be restored later from the deleted stories', async () => {
    useAppStore.getState().saveStory('my-own-story', mine);
    useAppStore.getState().deleteStory('my-own-story');
    renderApp('/stories');
    const user = userEvent.setup();
    await user.click(await screen.findByText('Deleted stories (1)'));
    await user.click(screen.getByRole('button', { name: 'Restore My own story' }));
    expect(await screen.findByRole('link', { name: 'My own story' })).toBeInTheDocument();
  });

  it('has no Delete for a content story (revert instead)', async () => {
    renderApp('/stories/india-gst');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });
});

describe('story markdown export and import', () => {
  it('exports the story in the content/stories format', async () => {
    const downloads = captureDownloads();
    renderApp('/stories/mydata-rescue');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Export as markdown' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.name).toBe('mydata-rescue.md');
    const text = await downloads[0]!.blob.text();
    expect(text).toMatch(/^---\nid: mydata-rescue\ntitle: "마이데이터 프로젝트"\n/);
    expect(storyFromMarkdown(text).story.title).toBe('마이데이터 프로젝트');
  });

  it('imports pasted markdown as a new story, after showing what it will do', async () => {
    renderApp('/stories');
    const user = userEvent.setup();
    const markdown = storyToMarkdown({
      ...EMPTY_STORY,
      title: '새로 붙여 넣은 스토리',
      principles: ['dive-deep'],
      star: { ...EMPTY_STORY.star, result: '40% 감소' },
    });
    await user.click(await screen.findByLabelText('Or paste the markdown'));
    await user.paste(markdown);
    await user.click(screen.getByRole('button', { name: 'Read the markdown' }));
    expect(screen.getByText(/This creates the story “새로 붙여 넣은 스토리”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create the story' }));
    expect(await screen.findByRole('heading', { level: 1, name: '새로 붙여 넣은 스토리' })).toBeInTheDocument();
    const created = Object.values(useAppStore.getState().stories);
    expect(created).toHaveLength(1);
    expect(created[0]?.story.star.result).toBe('40% 감소');
  });

  it('updates an existing story from a file with its id', async () => {
    renderApp('/stories');
    const user = userEvent.setup();
    const markdown = storyToMarkdown({ ...EMPTY_STORY, title: 'GST, rewritten', star: { ...EMPTY_STORY.star, action: 'I learned the tax rules.' } });
    await user.upload(await screen.findByLabelText('Markdown file'), new File([markdown], 'india-gst.md', { type: 'text/markdown' }));
    await user.click(screen.getByRole('button', { name: 'Read the markdown' }));
    expect(await screen.findByText(/This updates the story “GST, rewritten” with/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Update the story' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'GST, rewritten' })).toBeInTheDocument();
    expect(useAppStore.getState().stories['india-gst']?.story.star.action).toBe('I learned the tax rules.');
  });

  it('refuses a malformed file with a clear message and changes nothing', async () => {
    renderApp('/stories');
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Or paste the markdown'));
    await user.paste('---\ntitle: "T"\nprinciples: [ownershp]\n---\n## Situation\n');
    await user.click(screen.getByRole('button', { name: 'Read the markdown' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('principles[0]: unknown principle "ownershp"');
    expect(alert).toHaveTextContent('missing sections "## Task", "## Action", "## Result"');
    expect(screen.queryByRole('button', { name: 'Create the story' })).not.toBeInTheDocument();
    expect(useAppStore.getState().stories).toEqual({});
  });

  it('never fails silently: an out-of-range escape is a message naming its line', async () => {
    renderApp('/stories');
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Or paste the markdown'));
    await user.paste('---\ntitle: "\\U00110000"\n---\n## Situation\n\n## Task\n\n## Action\n\n## Result\n');
    await user.click(screen.getByRole('button', { name: 'Read the markdown' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('line 2: front matter: invalid YAML: Invalid escape sequence \\U00110000');
    expect(useAppStore.getState().stories).toEqual({});
  });

  it('accepts what the build accepts: a space before the colon and a folded title', async () => {
    renderApp('/stories');
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Or paste the markdown'));
    await user.paste('---\ntitle : >\n  A folded\n  title\n---\n## Situation\n\n## Task\n\n## Action\n\n## Result\n');
    await user.click(screen.getByRole('button', { name: 'Read the markdown' }));
    expect(await screen.findByText(/This creates the story “A folded title”/)).toBeInTheDocument();
  });
});

describe('links between stories and questions', () => {
  it('shows an edited story title on the principle page', async () => {
    act(() => useAppStore.getState().saveStory('india-gst', { ...EMPTY_STORY, title: 'GST in India', principles: ['deliver-results'] }));
    renderApp('/principles/deliver-results');
    const stories = await screen.findByRole('region', { name: 'Stories for this principle' });
    expect(within(stories).getByRole('link', { name: 'GST in India' })).toHaveAttribute('href', '/stories/india-gst');
  });
});
