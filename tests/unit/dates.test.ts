import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/dates';

const NOW = Date.UTC(2026, 10, 29, 3, 0); // 29 November 2026

describe('dates as people read them', () => {
  it('shows a calendar day with its weekday, in each language', () => {
    expect(formatDate('2026-12-10', 'ko', { now: NOW })).toBe('12월 10일 (목)');
    expect(formatDate('2026-12-10', 'en', { now: NOW })).toBe('Thu, 10 Dec');
  });

  it('adds the year only when it is not this year', () => {
    expect(formatDate('2027-01-04', 'ko', { now: NOW })).toBe('2027년 1월 4일 (월)');
    expect(formatDate('2027-01-04', 'en', { now: NOW })).toBe('Mon, 4 Jan 2027');
  });

  it('keeps a calendar day on its day in any time zone', () => {
    expect(formatDate('2026-12-10', 'en', { now: NOW, timeZone: 'Pacific/Kiritimati' })).toBe('Thu, 10 Dec');
    expect(formatDate('2026-12-10', 'en', { now: NOW, timeZone: 'Pacific/Pago_Pago' })).toBe('Thu, 10 Dec');
  });

  it('shows an instant in the given time zone, with the time on request', () => {
    const instant = Date.UTC(2026, 11, 9, 16, 5); // 10 Dec 01:05 in Seoul
    expect(formatDate(instant, 'ko', { now: NOW, timeZone: 'Asia/Seoul', time: true })).toBe('12월 10일 (목) 01:05');
    expect(formatDate(instant, 'en', { now: NOW, timeZone: 'America/Los_Angeles', time: true })).toBe('Wed, 9 Dec, 08:05');
    expect(formatDate(instant, 'en', { now: NOW, timeZone: 'Asia/Seoul' })).toBe('Thu, 10 Dec');
  });
});
