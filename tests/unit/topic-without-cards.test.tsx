import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render';

vi.mock('virtual:loop-prep/loaders/topics', () => ({
  loaders: {
    docker: () => Promise.resolve({ entry: { id: 'docker', title: { en: 'Docker', ko: 'Docker' }, round: 1, tags: [], sources: [], notes: null, cards: [] } }),
  },
}));

describe('a topic with no notes or cards yet', () => {
  it('says so plainly instead of showing an empty list', async () => {
    renderApp('/topics/docker');
    expect(await screen.findByRole('heading', { level: 1, name: 'Docker' })).toBeInTheDocument();
    expect(screen.getByText('This topic has no cards yet.')).toBeInTheDocument();
    expect(screen.getByText('No study notes for this topic yet.')).toBeInTheDocument();
  });
});
