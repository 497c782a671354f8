import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render';

describe('browse views', () => {
  it('lists the 16 principles, each linking to its page', async () => {
    renderApp('/principles');
    expect(await screen.findByRole('heading', { level: 1, name: 'Leadership Principles' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getAllByRole('heading', { level: 2 })).toHaveLength(16);
    expect(screen.getByRole('link', { name: /Customer Obsession/ })).toHaveAttribute('href', '/principles/customer-obsession');
  });

  it('shows a principle with both statements and its stories', async () => {
    renderApp('/principles/customer-obsession');
    expect(await screen.findByRole('heading', { level: 1, name: 'Customer Obsession' })).toBeInTheDocument();
    expect(screen.getByText(/Leaders start with the customer and work backwards/)).toBeInTheDocument();
    const stories = screen.getByRole('region', { name: 'Stories for this principle' });
    expect(within(stories).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('speaks Korean when asked', async () => {
    renderApp('/principles/customer-obsession', 'ko');
    expect(await screen.findByRole('heading', { level: 1, name: '고객 집착' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '이 원칙의 스토리' })).toBeInTheDocument();
  });

  it('shows empty STAR sections as prompts to write, not as errors', async () => {
    renderApp('/stories/mydata-rescue');
    const action = await screen.findByRole('region', { name: 'Action' });
    expect(within(action).getByText('Not written yet: a prompt to write.')).toBeInTheDocument();
  });

  it('shows a not-found view for an unknown story', async () => {
    renderApp('/stories/nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('navigates from the dashboard to the principles', async () => {
    renderApp('/');
    const user = userEvent.setup();
    const main = await screen.findByRole('main');
    await user.click(await within(main).findByRole('link', { name: 'Principles' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Leadership Principles' })).toBeInTheDocument();
  });
});
