// The emulator's request and response, independent of the socket, so that $batch can run inner
// requests through the same routes as outer ones.

export interface EmulatorUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  /** The delegated scopes the caller's token may use (its `scp`, as far as the tenant consented). */
  scopes?: readonly string[];
}

export interface EmulatorRequest {
  method: string;
  path: string; // without /v1.0
  query: URLSearchParams;
  headers: Record<string, string>; // lower-case names
  body: unknown;
  rawBody: Uint8Array;
  user: EmulatorUser | null;
}

export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown; // JSON
  raw?: Uint8Array; // bytes (file content)
}

/** A response in Graph's error shape: `{ error: { code, message, innerError } }`. */
export function graphError(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): EmulatorResponse {
  return {
    status,
    headers,
    body: {
      error: {
        code,
        message,
        innerError: { date: new Date().toISOString(), 'request-id': crypto.randomUUID() },
      },
    },
  };
}

export const notFound = (what: string) => graphError(404, 'itemNotFound', `${what} was not found.`);
export const badRequest = (message: string) => graphError(400, 'invalidRequest', message);
export const forbidden = () =>
  graphError(403, 'accessDenied', 'The caller does not have permission to perform the action.');

export function json(status: number, body: unknown, headers?: Record<string, string>): EmulatorResponse {
  return { status, body, headers };
}
