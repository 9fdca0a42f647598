import { describe, expect, it } from 'vitest';
import { safeNext } from './next';

describe('after signing in', () => {
  it('returns to the page the person was on', () => {
    expect(safeNext('/slips/QXNzaWdubWVudDo1?tab=reply')).toBe('/slips/QXNzaWdubWVudDo1?tab=reply');
  });

  it('never leaves for another site or back to the sign-in page', () => {
    for (const next of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/login?next=/x',
      '',
      null,
    ]) {
      expect(safeNext(next)).toBeNull();
    }
  });
});
