import type { UploadableMap } from 'relay-runtime';

/** The header the server requires of every cookie-signed request that changes anything. */
export const CSRF_HEADER = 'X-Watchpost-CSRF';

/** An error the server answered with, as `extensions.code` (and `field` for `VALIDATION`). */
export class ServerError extends Error {
  readonly code: string;
  readonly field?: string;
  readonly retryAfterSeconds?: number;

  constructor(message: string, code: string, field?: string, retryAfterSeconds?: number) {
    super(message);
    this.name = 'ServerError';
    this.code = code;
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Fired when the server no longer knows the session: the shell returns to the sign-in page. */
export const SIGNED_OUT_EVENT = 'watchpost:signed-out';

type ErrorEntry = { message: string; extensions?: { code?: string; field?: string } };

/** Splits `uploadables` out of the variables as the GraphQL multipart request spec has it;
 * each key is the path of the file in the variables (`input.attachments.0`). */
export function multipartBody(
  query: string | null | undefined,
  variables: Record<string, unknown>,
  uploadables: UploadableMap,
): FormData {
  const map: Record<string, string[]> = {};
  const form = new FormData();
  const files = Object.entries(uploadables);
  files.forEach(([path], index) => {
    map[String(index)] = [`variables.${path}`];
  });
  form.append('operations', JSON.stringify({ query, variables }));
  form.append('map', JSON.stringify(map));
  files.forEach(([, file], index) => form.append(String(index), file as Blob));
  return form;
}

/** Files for a list variable at `path` (`input.attachments`): the nulls that stand for them in
 * the variables, as the multipart spec has it, and the files by their paths. */
export function attach(path: string, files: readonly File[]): [File[], UploadableMap | undefined] {
  const placeholders = files.map(() => null) as unknown as File[];
  if (files.length === 0) return [placeholders, undefined];
  return [placeholders, Object.fromEntries(files.map((file, index) => [`${path}.${index}`, file]))];
}

/** The first error of a response that carries no data, as a `ServerError`. */
export function responseError(
  status: number,
  json: { data?: unknown; errors?: ErrorEntry[] },
  retryAfter: string | null,
): ServerError | null {
  const first = json.errors?.[0];
  if (json.data != null && status < 400) return null;
  if (!first) return new ServerError(`服务器返回 ${status}`, status >= 500 ? 'INTERNAL' : 'HTTP');
  const seconds = retryAfter ? Number(retryAfter) : undefined;
  return new ServerError(
    first.message,
    first.extensions?.code ?? 'INTERNAL',
    first.extensions?.field,
    Number.isFinite(seconds) ? seconds : undefined,
  );
}

const SIGN_IN_OPERATIONS = new Set(['signInMutation', 'ChangePasswordPageMutation']);

/** One GraphQL request as the web app sends it: same origin, the session cookie, the CSRF
 * header; a refusal becomes a `ServerError`. Without Relay, so the sign-in page can use it. */
export async function postGraphQL(
  operation: { name: string; text: string | null | undefined },
  variables: Record<string, unknown>,
  uploadables?: UploadableMap | null,
): Promise<{ data?: unknown; errors?: ErrorEntry[] }> {
  const headers: Record<string, string> = { [CSRF_HEADER]: '1', Accept: 'application/json' };
  let body: BodyInit;
  if (uploadables) {
    body = multipartBody(operation.text, variables, uploadables);
  } else {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify({ query: operation.text, variables });
  }
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body,
  });
  let json: { data?: unknown; errors?: ErrorEntry[] };
  try {
    json = await response.json();
  } catch {
    throw new ServerError(`服务器返回 ${response.status}`, 'INTERNAL');
  }
  const error = responseError(response.status, json, response.headers.get('Retry-After'));
  if (error) {
    // A wrong password is also UNAUTHENTICATED; only a lapsed session signs the page out.
    if (error.code === 'UNAUTHENTICATED' && !SIGN_IN_OPERATIONS.has(operation.name)) {
      window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
    }
    throw error;
  }
  return json;
}
