import { GraphFailure, toGraphFailure } from './GraphFailure';
import { toListItemRecord } from './listItemMapper';
import { DEFAULT_RETRY, retryDelayMs } from './retryPolicy';

const policy = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 5000, random: () => 0 };

describe('retry delays', () => {
  it.each([
    ['Retry-After in seconds', 1, '3', 3000],
    ['Retry-After of zero', 1, '0', 0],
    ['Retry-After above the cap', 1, '600', 5000],
    ['no Retry-After: exponential backoff', 3, null, 400],
    ['backoff capped', 10, null, 5000],
  ])('%s', (_name, attempt, retryAfter, ms) => {
    expect(retryDelayMs(policy, attempt, retryAfter)).toBe(ms);
  });
});

describe('Graph failures', () => {
  it.each([
    [400, 'bad-request'],
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [412, 'precondition-failed'],
    [429, 'throttled'],
    [503, 'unavailable'],
    [500, 'unavailable'],
  ] as const)('%i is %s', (status, code) => {
    expect(GraphFailure.fromResponse(status, { error: { code: 'x', message: 'm' } })).toMatchObject({
      code,
      status,
      graphCode: 'x',
      message: 'm',
    });
  });

  it("reads the Graph client's error, and calls anything without a status a network failure", () => {
    const clientError = Object.assign(new Error('Item not found'), {
      statusCode: 404,
      code: 'itemNotFound',
      body: '{"code":"itemNotFound","message":"Item not found"}',
    });
    expect(toGraphFailure(clientError)).toMatchObject({
      code: 'not-found',
      graphCode: 'itemNotFound',
      message: 'Item not found',
    });
    expect(toGraphFailure(new TypeError('fetch failed'))).toMatchObject({ code: 'network' });
  });
});

describe('list item records', () => {
  it('keep id, eTag and plain fields, without Graph bookkeeping', () => {
    const json = {
      id: '7',
      eTag: '"abc,2"',
      fields: {
        '@odata.etag': '"abc,2"',
        id: '7',
        Title: 'Budget',
        ItemNumber: 4,
        Closed: false,
        Owner: null,
        ContentType: 'Item',
        _UIVersionString: '2.0',
        Nested: { a: 1 },
      },
      lastModifiedBy: { user: { id: 'u1', displayName: 'Kommunaldirektøren' } },
      lastModifiedDateTime: '2025-11-05T09:42:00Z',
    };
    expect(toListItemRecord(json)).toEqual({
      id: '7',
      eTag: '"abc,2"',
      fields: { Title: 'Budget', ItemNumber: 4, Closed: false, Owner: null },
      modifiedBy: 'Kommunaldirektøren',
      modifiedAt: '2025-11-05T09:42:00Z',
    });
  });
});
