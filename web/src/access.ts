/** What each role sees in the menu and may open. Convenience only: the server decides. */
export type Role =
  'PLATFORM_ADMIN' | 'OFFICE' | 'LEADING_GROUP' | 'REVIEWER' | 'UNIT_HANDLER' | 'DISCIPLINE' | 'SUPERVISOR' | 'LIAISON';

export type Area =
  | 'workbench'
  | 'reports'
  | 'slips'
  | 'nominations'
  | 'members'
  | 'meetings'
  | 'surveys'
  | 'consultations'
  | 'commendations'
  | 'catalogue'
  | 'regions'
  | 'accounts'
  | 'audit'
  | 'conclusion'
  | 'inquiries'
  | 'calendar'
  | 'referrals'
  | 'notifications'
  | 'jobs';

const AREAS: Record<Role, Area[]> = {
  PLATFORM_ADMIN: ['regions', 'audit', 'jobs', 'notifications'],
  OFFICE: [
    'workbench',
    'reports',
    'slips',
    'nominations',
    'members',
    'meetings',
    'surveys',
    'consultations',
    'commendations',
    'catalogue',
    'calendar',
    'referrals',
    'inquiries',
    'conclusion',
    'jobs',
    'accounts',
    'audit',
    'notifications',
  ],
  LEADING_GROUP: ['workbench', 'nominations', 'members', 'meetings', 'surveys', 'conclusion', 'notifications'],
  REVIEWER: ['nominations', 'notifications'],
  UNIT_HANDLER: ['slips', 'inquiries', 'consultations', 'surveys', 'notifications'],
  DISCIPLINE: ['referrals', 'notifications'],
  SUPERVISOR: ['notifications'],
  LIAISON: ['notifications'],
};

export function areasOf(role: string): Area[] {
  return AREAS[role as Role] ?? ['notifications'];
}

export function mayOpen(role: string, area: Area): boolean {
  return areasOf(role).includes(area);
}

/** The roles whose pages are the members' (`/me`), made for phones. */
export function isMember(role: string): boolean {
  return role === 'SUPERVISOR' || role === 'LIAISON';
}

/** Where a role lands after signing in. */
export function homeOf(role: string): string {
  return isMember(role) ? '/me' : `/${areasOf(role)[0]}`;
}
