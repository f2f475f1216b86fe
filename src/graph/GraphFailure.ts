// The one error the Graph adapter throws: a code callers branch on, the HTTP status and Graph's own
// error code when there is one, and the original as `cause` (STYLE.md §5). Its failure in the app's
// vocabulary (domain/failure) is decided here, once.
import { type Failure, FailureError } from '../domain/failure';

export type GraphFailureCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'precondition-failed'
  | 'throttled'
  | 'unavailable'
  | 'network'
  | 'bad-request';

const BY_STATUS: Record<number, GraphFailureCode> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  412: 'precondition-failed',
  429: 'throttled',
  502: 'unavailable',
  503: 'unavailable',
  504: 'unavailable',
};

export class GraphFailure extends FailureError {
  constructor(
    readonly code: GraphFailureCode,
    message: string,
    readonly status: number | null = null,
    readonly graphCode: string | null = null,
    options?: { cause?: unknown; retryAfterMs?: number | null },
  ) {
    super(graphFailure(code, message, options?.retryAfterMs ?? null), message, options);
    this.name = 'GraphFailure';
    this.retryAfterMs = options?.retryAfterMs ?? null;
  }

  /** The permission Graph said the request lacks (see missingPermissionIn); null for other failures. */
  get missingPermission(): string | null {
    return this.failure.code === 'forbidden' ? this.failure.missingPermission : null;
  }

  /** How long Graph asked to wait (Retry-After of a 429 or 503), when it said; the outbox honours it. */
  readonly retryAfterMs: number | null;

  /** The failure for an HTTP status and Graph's error body (`{ error: { code, message } }`). */
  static fromResponse(status: number, body: unknown, cause?: unknown): GraphFailure {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const code = BY_STATUS[status] ?? (status >= 500 ? 'unavailable' : 'bad-request');
    const message = typeof error?.message === 'string' ? error.message : `Graph answered ${status}`;
    return new GraphFailure(code, message, status, typeof error?.code === 'string' ? error.code : null, {
      cause,
    });
  }

  /**
   * An error to throw from inside the client's middleware. The client rebuilds whatever a middleware
   * throws as a GraphError that keeps only the name and message, so the code travels in the name
   * ("GraphFailure:unauthenticated") and toGraphFailure reads it back.
   */
  static carried(code: GraphFailureCode, message: string): Error {
    return Object.assign(new Error(message), { name: `${CARRIED}${code}` });
  }

  static network(cause: unknown): GraphFailure {
    return new GraphFailure(
      'network',
      `The connection to Microsoft Graph failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      null,
      null,
      { cause },
    );
  }
}

const CARRIED = 'GraphFailure:';

/** A Graph failure in the app's vocabulary, with the data its sentence needs. */
function graphFailure(code: GraphFailureCode, message: string, retryAfterMs: number | null): Failure {
  if (code === 'forbidden') return { code, missingPermission: missingPermissionIn(message) };
  if (code === 'throttled' || code === 'unavailable') return { code, retryAfterMs };
  return { code };
}

/**
 * The permission Graph said the request lacks, least privileged first: a Teams API refuses a token
 * without it with 403 "Missing scope permissions on the request. API requires one of 'A, B'. …"
 * (microsoft-graph-docs-contrib issue #3379).
 */
function missingPermissionIn(message: string): string | null {
  return /API requires one of '([^',]+)/.exec(message)?.[1]?.trim() ?? null;
}

/** Any error from the Graph client or fetch, as a GraphFailure. */
export function toGraphFailure(error: unknown): GraphFailure {
  if (error instanceof GraphFailure) return error;
  const { code: tag, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  const carried = [tag, name].find(
    (each): each is string => typeof each === 'string' && each.startsWith(CARRIED),
  );
  if (carried) {
    const code = carried.slice(CARRIED.length) as GraphFailureCode;
    return new GraphFailure(code, (error as Error).message, null, null, { cause: error });
  }
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status > 0) {
    // The client's GraphError carries Graph's error object (without its `error` wrapper) as JSON text.
    const { code, message, body } = error as { code?: unknown; message?: unknown; body?: unknown };
    let inner: unknown = null;
    try {
      inner = typeof body === 'string' ? JSON.parse(body) : body;
    } catch {
      inner = null;
    }
    const graphError = (inner as { error?: unknown } | null)?.error ?? inner ?? { code, message };
    const failure = GraphFailure.fromResponse(status, { error: graphError }, error);
    const retryAfterMs = retryAfterOf((error as { headers?: unknown }).headers);
    if (retryAfterMs === null) return failure;
    return new GraphFailure(failure.code, failure.message, status, failure.graphCode, {
      cause: error,
      retryAfterMs,
    });
  }
  return GraphFailure.network(error);
}

/** Retry-After in seconds from the client's GraphError headers (learn.microsoft.com/graph/throttling). */
function retryAfterOf(headers: unknown): number | null {
  const value = (headers as { get?: (name: string) => string | null } | undefined)?.get?.('retry-after');
  const seconds = value == null || value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}
