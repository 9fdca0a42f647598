import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { useRoleQuery } from '../__generated__/useRoleQuery.graphql';

/** The signed-in person's role, from the store the shell filled (no request of its own). */
export function useRole(): string | null {
  const { viewer } = useLazyLoadQuery<useRoleQuery>(
    graphql`
      query useRoleQuery {
        viewer {
          role
        }
      }
    `,
    {},
    { fetchPolicy: 'store-or-network' },
  );
  return viewer?.role ?? null;
}
