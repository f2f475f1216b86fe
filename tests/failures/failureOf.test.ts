// One failure vocabulary: every error the app raises maps onto one failure, once, and failureOf reads
// it back from whatever was thrown; anything the app did not raise itself is 'unexpected'.
import { SignInNeeded } from '../../src/auth/msalTokenProvider';
import { UnreadableDocumentError } from '../../src/documents/UnreadableDocumentError';
import { decisionFromPoint } from '../../src/domain/decisions/decision';
import { DecisionConflict } from '../../src/domain/decisions/DecisionStore';
import { ClosedPointError } from '../../src/domain/discussion/PointThreads';
import { type Failure, FailureError, failureOf } from '../../src/domain/failure';
import { ProgressConflict } from '../../src/domain/meetingProgress/memoryMeetingProgressStore';
import { NotAReferatError } from '../../src/domain/referat/NotAReferatError';
import { agendaItem, meetingOf } from '../../src/domain/testing/meetingBuilders';
import { GraphFailure, toGraphFailure } from '../../src/graph/GraphFailure';

const mine = decisionFromPoint(meetingOf('2026-10-01', [agendaItem()]), agendaItem(), null)!;
const theirs = { id: '1', eTag: '"a,2"', decision: mine };

/** Graph's 403 for a Teams API called without its scope (microsoft-graph-docs-contrib issue #3379). */
const missingScope =
  "Missing scope permissions on the request. API requires one of 'ChannelMessage.Read.All, Group.Read.All'.";

describe('failureOf', () => {
  it.each<[string, unknown, Failure]>([
    ['a Graph 401', GraphFailure.fromResponse(401, null), { code: 'unauthenticated' }],
    [
      'a Graph 403 naming the permission it lacks',
      GraphFailure.fromResponse(403, { error: { code: 'Forbidden', message: missingScope } }),
      { code: 'forbidden', missingPermission: 'ChannelMessage.Read.All' },
    ],
    [
      'a Graph 403 naming none',
      GraphFailure.fromResponse(403, { error: { code: 'accessDenied', message: 'Access denied' } }),
      { code: 'forbidden', missingPermission: null },
    ],
    ['a Graph 404', GraphFailure.fromResponse(404, null), { code: 'not-found' }],
    ['a Graph 409', GraphFailure.fromResponse(409, null), { code: 'conflict' }],
    ['a Graph 412', GraphFailure.fromResponse(412, null), { code: 'precondition-failed' }],
    [
      'a Graph 429 with Retry-After',
      new GraphFailure('throttled', 'slow down', 429, null, { retryAfterMs: 30_000 }),
      { code: 'throttled', retryAfterMs: 30_000 },
    ],
    ['a Graph 503', GraphFailure.fromResponse(503, null), { code: 'unavailable', retryAfterMs: null }],
    ['a Graph 400', GraphFailure.fromResponse(400, null), { code: 'bad-request' }],
    ['a lost connection', toGraphFailure(new TypeError('fetch failed')), { code: 'network' }],
    [
      'a damaged PDF',
      new UnreadableDocumentError('corrupt-pdf', 'x.pdf'),
      { code: 'unreadable', reason: 'corrupt-pdf' },
    ],
    ['an empty file', new UnreadableDocumentError('empty'), { code: 'unreadable', reason: 'empty' }],
    ['a text that is no referat', new NotAReferatError(), { code: 'not-a-referat' }],
    ['a closed point asked to be discussed', new ClosedPointError(3), { code: 'closed-point' }],
    ['a decision changed meanwhile', new DecisionConflict(mine, theirs), { code: 'conflict' }],
    ['a progress write over a replaced version', new ProgressConflict('x'), { code: 'precondition-failed' }],
    [
      'a blocked sign-in popup',
      new SignInNeeded(['Sites.Read.All'], 'popup-blocked'),
      { code: 'sign-in-needed', reason: 'popup-blocked' },
    ],
    [
      'the app missing in the team',
      new FailureError({ code: 'app-not-installed' }, 'not installed'),
      { code: 'app-not-installed' },
    ],
    ['a TypeError', new TypeError('x is undefined'), { code: 'unexpected' }],
    [
      'an error that only claims a code',
      Object.assign(new Error('x'), { code: 'forbidden' }),
      { code: 'unexpected' },
    ],
    ['a string', 'boom', { code: 'unexpected' }],
    ['null', null, { code: 'unexpected' }],
    ['undefined', undefined, { code: 'unexpected' }],
  ])('reads %s', (_name, error, failure) => {
    expect(failureOf(error)).toEqual(failure);
  });

  it('keeps what a failure carries besides its code (both versions of a conflict)', () => {
    const conflict = new DecisionConflict(mine, theirs);
    expect(failureOf(conflict).code).toBe('conflict');
    expect(conflict.theirs).toBe(theirs);
  });
});
