import { describe, expect, it } from 'vitest';
import { dateTime, label, quarterOf, REPORT_STATUS } from './labels';

describe('labels', () => {
  it('name a quarter as the API does', () => {
    expect(quarterOf(new Date(2026, 0, 1))).toBe('2026Q1');
    expect(quarterOf(new Date(2026, 11, 31))).toBe('2026Q4');
  });

  it('write instants as YYYY-MM-DD HH:mm', () => {
    expect(dateTime('2026-03-05T01:02:00Z')).toMatch(/^2026-03-0\d \d{2}:02$/);
    expect(dateTime(null)).toBe('');
  });

  it('fall back to the value the server gave', () => {
    expect(label(REPORT_STATUS, 'SUBMITTED')).toBe('待受理');
    expect(label(REPORT_STATUS, 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});
