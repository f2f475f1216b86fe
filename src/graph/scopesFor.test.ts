// How scopesFor reads a request. Which permission each Graph call gets is checked against the Graph
// docs' permission tables in tests/graph/leastScopes.test.ts, not restated here.
import { READ_SCOPES, scopesFor, scopesForBatch } from './scopesFor';

describe('the scopes a request needs', () => {
  it('reads a request the same as an absolute URL, a relative one and one with a query', () => {
    const plain = scopesFor('GET', '/v1.0/sites/s/lists/l/items');
    expect(scopesFor('GET', 'https://graph.microsoft.com/v1.0/sites/s/lists/l/items')).toEqual(plain);
    expect(scopesFor('GET', '/v1.0/sites/s/lists/l/items?$expand=fields&$filter=x')).toEqual(plain);
    expect(scopesFor('GET', '/sites/s/lists/l/items')).toEqual(plain);
  });

  it('asks only for reading where it does not know the call', () => {
    expect(scopesFor('GET', '/v1.0/something/else')).toEqual([...READ_SCOPES]);
  });

  it('gives a $batch the scopes of all its requests, each once', () => {
    const read = scopesFor('GET', '/sites/s/lists/l/items');
    const write = scopesFor('POST', '/sites/s/lists/l/items');
    expect(
      scopesForBatch([
        { method: 'POST', url: '/sites/s/lists/l/items' },
        { method: 'GET', url: '/sites/s/lists/l/items?$filter=x' },
        { method: 'POST', url: '/sites/s/lists/l/items' },
      ]),
    ).toEqual([...new Set([...read, ...write])].sort());
  });
});
