/** Where to go after signing in: the page the person was on, never another site. */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') && !next.startsWith('/login')
    ? next
    : null;
}
