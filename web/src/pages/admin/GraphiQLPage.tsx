import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { CSRF_HEADER } from '../../relay/fetch';

// Same origin, the browser's session cookie and the CSRF header, as the app's own requests;
// a bearer token can still be set in GraphiQL's headers.
const fetcher = createGraphiQLFetcher({ url: '/graphql', headers: { [CSRF_HEADER]: '1' } });

/** GraphiQL from this server's own files, so it works on an intranet without the internet
 * (not served in the production profile). */
export function GraphiQLPage() {
  return (
    <div style={{ height: '100vh' }}>
      <GraphiQL fetcher={fetcher} />
    </div>
  );
}
