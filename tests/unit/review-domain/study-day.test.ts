// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '@/domain/review';
import { dayOfKey, keyOfDay, localTimeZone, studyClock } from '@/domain/study-day';
import { clock, local } from './helpers';

describe('the run', () => {
  it('runs in the timezone it was started in', () => {
    // `TZ=Asia/Seoul npm run test:unit` must really be Seoul time (guards the three runs of npm test).
    const tz = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.TZ;
    if (tz) expect(localTimeZone()).toBe(tz);
  });
});

describe('one study day (local time, day starts at 04:00)', () => {
  it('puts 23:00 and 00:30 the next night on the same study day, and 04:00 on the next one', () => {
    const evening = clock.day(local(23, 23));
    expect(clock.day(local(24, 0, 30))).toBe(evening);
    expect(clock.day(local(24, 3, 59))).toBe(evening);
    expect(clock.day(local(24, 4))).toBe(evening + 1);
    expect(clock.key(evening)).toBe('2026-11-23');
  });

  it('starts each day at 04:00 local and names it by its local date', () => {
    const day = clock.dayOfKey('2026-11-24');
    expect(clock.dayStart(day)).toBe(local(24, 4));
    expect(clock.day(clock.dayStart(day))).toBe(day);
    expect(clock.day(clock.dayStart(day) - 1)).toBe(day - 1);
  });

  it('hands ts-fsrs instants whose UTC date is the study day, and takes them back exactly', () => {
    for (const at of [local(23, 23), local(24, 0, 30), local(24, 9), local(24, 16, 30)]) {
      const shifted = clock.toScheduler(at);
      expect(new Date(shifted).toISOString().slice(0, 10)).toBe(clock.key(clock.day(at)));
      expect(clock.fromScheduler(shifted)).toBe(at);
    }
  });

  it('reads day numbers and dates both ways', () => {
    expect(keyOfDay(dayOfKey('2026-11-29'))).toBe('2026-11-29');
    expect(dayOfKey('2026-11-29') - dayOfKey('2026-11-01')).toBe(28);
    expect(Number.isNaN(dayOfKey('29/11/2026'))).toBe(true);
  });
});

describe('named timezones, whatever the machine runs in', () => {
  const seoul = studyClock({ dayStartHour: 4, timeZone: 'Asia/Seoul' });
  const la = studyClock({ dayStartHour: 4, timeZone: 'America/Los_Angeles' });

  it('Seoul: 23:00 and 00:30 KST are one study day; the day starts at 04:00 KST (19:00 UTC the day before)', () => {
    const at2300 = Date.UTC(2026, 10, 23, 14); // 23:00 KST, 23 Nov
    const at0030 = Date.UTC(2026, 10, 23, 15, 30); // 00:30 KST, 24 Nov
    expect(seoul.day(at0030)).toBe(seoul.day(at2300));
    expect(seoul.key(seoul.day(at2300))).toBe('2026-11-23');
    expect(seoul.dayStart(seoul.dayOfKey('2026-11-24'))).toBe(Date.UTC(2026, 10, 23, 19));
    expect(seoul.offset(at2300)).toBe(9 * HOUR);
  });

  it('Los Angeles: the day starts at 04:00 local on both sides of the end of daylight saving (1 Nov 2026)', () => {
    expect(la.dayStart(la.dayOfKey('2026-10-31'))).toBe(Date.UTC(2026, 9, 31, 11)); // PDT, UTC-7
    expect(la.dayStart(la.dayOfKey('2026-11-01'))).toBe(Date.UTC(2026, 10, 1, 12)); // PST, UTC-8
    expect(la.dayStart(la.dayOfKey('2026-11-02')) - la.dayStart(la.dayOfKey('2026-11-01'))).toBe(DAY);
    expect(la.dayStart(la.dayOfKey('2026-11-01')) - la.dayStart(la.dayOfKey('2026-10-31'))).toBe(DAY + HOUR);
  });

  it('a day can start at midnight or any other hour', () => {
    const midnight = studyClock({ dayStartHour: 0, timeZone: 'Asia/Seoul' });
    const at0030 = Date.UTC(2026, 10, 23, 15, 30); // 00:30 KST, 24 Nov
    expect(midnight.key(midnight.day(at0030))).toBe('2026-11-24');
    expect(seoul.key(seoul.day(at0030))).toBe('2026-11-23');
  });
});
