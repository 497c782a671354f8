import './fixtures/mock-content';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_STORY } from '@/domain/story';
import { firstLine, sheetOf } from '@/features/principles/cheat-sheet';
import { buildLiveModel } from '@/lib/live-model';
import { useAppStore } from '@/stores/app-store';
import { resetAppStore } from './app-helpers';
import { NO_USER_DATA, NOTE_INDEX } from './fixtures/notes';
import { renderApp } from './render';

beforeEach(() => resetAppStore());

describe('the cheat sheet', () => {
  it('gives each principle its stories with the first line of their Result, follow-ups and questions', () => {
    const sheet = sheetOf(buildLiveModel(NOTE_INDEX, NO_USER_DATA), NO_USER_DATA, 'en');
    expect(sheet.map((p) => p.id)).toEqual(['ownership', 'think-big', 'bias-for-action', 'dive-deep']);
    expect(sheet[3]).toMatchObject({
      statement: { en: 'Dive Deep statement.', ko: '깊게 파고들기 설명.' },
      stories: [
        { id: 'alerting', title: 'Error alerting', result: '' },
        { id: 'gst', title: 'GST launch', result: 'Launched on time with 0 incidents.' },
      ],
      followUps: ['What would you do differently?'],
      questions: ['Why Amazon?'],
    });
    expect(sheet[1]?.stories).toEqual([]);
  });

  it('takes the first written line of markdown, without its marks', () => {
    expect(firstLine('\n\n- **Cut** p99 by 40%\n- second')).toBe('Cut p99 by 40%');
    expect(firstLine('')).toBe('');
  });

  it('shows a story written in the app, and one principle with both statements', async () => {
    useAppStore.setState({
      stories: {
        moonshot: {
          story: { ...EMPTY_STORY, title: 'Moonshot', principles: ['think-big'], star: { ...EMPTY_STORY.star, result: 'Doubled sign-ups.\nMore.' } },
          updatedAt: 1,
          deleted: false,
        },
      },
    });
    renderApp('/sheet?principle=think-big');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cheat sheet: Think Big' })).toBeInTheDocument();
    const block = screen.getByRole('region', { name: /Think Big/ });
    expect(within(block).getByRole('listitem')).toHaveTextContent('Moonshot — Doubled sign-ups.');
    expect(within(block).getByText('Think Big statement.')).toBeInTheDocument();
    expect(within(block).getByText('크게 생각하기 설명.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
    // The standard follow-ups are the mock interview's bank (content/follow-ups), in its order.
    const standard = screen.getByRole('region', { name: 'Follow-ups to expect on any story' });
    expect(
      within(standard)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['How did you measure the result?', 'What was your own part?', 'Do you have a more recent example?']);
  });

  it('says so for an unknown principle', async () => {
    renderApp('/sheet?principle=nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
