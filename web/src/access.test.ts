import { describe, expect, it } from 'vitest';
import { areasOf, homeOf, mayOpen } from './access';

describe('the menu of each role', () => {
  it('opens the office on its workbench with every area of the quarter', () => {
    expect(homeOf('OFFICE')).toBe('/workbench');
    expect(areasOf('OFFICE')).toEqual(expect.arrayContaining(['reports', 'slips', 'calendar', 'referrals']));
  });

  it('gives a unit its slips and nothing of the reports', () => {
    expect(homeOf('UNIT_HANDLER')).toBe('/slips');
    expect(mayOpen('UNIT_HANDLER', 'reports')).toBe(false);
  });

  it('gives the commission its referral queue', () => {
    expect(homeOf('DISCIPLINE')).toBe('/referrals');
    expect(mayOpen('DISCIPLINE', 'slips')).toBe(false);
  });

  it('sends supervisors and liaisons to their own pages for phones', () => {
    expect(homeOf('SUPERVISOR')).toBe('/me');
    expect(homeOf('LIAISON')).toBe('/me');
  });

  it('opens the platform admin on the regions, with no county work in its menu', () => {
    expect(homeOf('PLATFORM_ADMIN')).toBe('/regions');
    expect(mayOpen('PLATFORM_ADMIN', 'audit')).toBe(true);
    expect(mayOpen('PLATFORM_ADMIN', 'reports')).toBe(false);
  });

  it('shows an unknown role only its notifications', () => {
    expect(areasOf('SOMETHING_NEW')).toEqual(['notifications']);
  });
});
