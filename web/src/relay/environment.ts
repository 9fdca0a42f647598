import { Environment, Network, RecordSource, Store, type GraphQLResponse } from 'relay-runtime';
import { postGraphQL } from './fetch';

export function createEnvironment(): Environment {
  return new Environment({
    network: Network.create(
      async (operation, variables, _config, uploadables) =>
        (await postGraphQL(operation, variables, uploadables)) as GraphQLResponse,
    ),
    store: new Store(new RecordSource()),
  });
}
