import { useCallback } from 'react';
import { useMutation } from 'react-relay/hooks';
import type { GraphQLTaggedNode, MutationParameters, UploadableMap } from 'relay-runtime';

/** A mutation as a promise, so a form can wait for it and show the server's refusal. */
export function useCommit<M extends MutationParameters>(
  mutation: GraphQLTaggedNode,
): [(variables: M['variables'], uploadables?: UploadableMap) => Promise<M['response']>, boolean] {
  const [commit, pending] = useMutation<M>(mutation);
  const run = useCallback(
    (variables: M['variables'], uploadables?: UploadableMap) =>
      new Promise<M['response']>((resolve, reject) => {
        commit({ variables, uploadables, onCompleted: resolve, onError: reject });
      }),
    [commit],
  );
  return [run, pending];
}
