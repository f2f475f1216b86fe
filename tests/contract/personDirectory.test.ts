// Finding a decision's owner in the organisation's directory through the Graph adapter, against the
// emulator. Graph's List users (microsoftgraph/microsoft-graph-docs-contrib
// api-reference/v1.0/api/user-list.md): delegated permissions User.ReadBasic.All (least), User.Read.All,
// User.ReadWrite.All, Directory.Read.All, Directory.ReadWrite.All; of these only User.ReadBasic.All needs
// no administrator's consent (concepts/permissions-reference.md). $search on users needs the header
// ConsistencyLevel: eventual, or Graph answers 400 Request_UnsupportedQuery
// (concepts/aad-advanced-queries.md); a "displayName:x" term finds names with a word starting with x.
import { SEED } from '../../dev/emulator/seed';
import { tokenFor } from '../../dev/emulator/testing/testEmulator';
import { createGraphClient } from '../../src/graph/createGraphClient';
import { GraphFailure } from '../../src/graph/GraphFailure';
import { displayNameSearch, graphPersonDirectory } from '../../src/graph/graphPersonDirectory';
import { scopesFor } from '../../src/graph/scopesFor';
import { emulatorFixture } from './graphTarget';

const emulator = emulatorFixture({ leastScopes: true });
const { finance, schools, director } = SEED.users;

describe('the directory adapter', () => {
  it.each([
    ['Chefen for Øk', [{ id: finance.id, name: finance.displayName }]],
    [
      'chefen',
      [
        { id: schools.id, name: schools.displayName },
        { id: finance.id, name: finance.displayName }, // Ø after S, as Danish sorts
      ],
    ],
    ['Kommunal', [{ id: director.id, name: director.displayName }]],
    ['for Sk', [{ id: schools.id, name: schools.displayName }]],
    ['nomi', []], // a word's middle is no match
    ['  ', []],
  ])('finds "%s": %j', async (typed, people) => {
    await expect(graphPersonDirectory(emulator.connect()).find(typed)).resolves.toEqual(people);
  });

  it('asks for the basic profile only, the permission a user may consent to', () => {
    expect(scopesFor('GET', '/v1.0/users?$search="displayName:x"')).toEqual(['User.ReadBasic.All']);
  });

  it.each([
    ['Chefen for "Øk"', '"displayName:Chefen" AND "displayName:for" AND "displayName:Øk"'],
    ['a\\b', '"displayName:a" AND "displayName:b"'],
    ['', null],
  ])('searches "%s" as %s', (typed, search) => {
    expect(displayNameSearch(typed)).toBe(search);
  });
});

describe('the emulator as Graph answers List users', () => {
  const call = (query: string, init: { scopes?: string[]; headers?: Record<string, string> } = {}) =>
    emulator.graph.call('GET', `/users?${query}`, init);
  const search = `$search=${encodeURIComponent('"displayName:Øk"')}`;

  it('refuses $search without ConsistencyLevel: eventual, as documented', async () => {
    const answer = await call(search);
    expect([answer.status, answer.body.error.code]).toEqual([400, 'Request_UnsupportedQuery']);
  });

  it('searches with ConsistencyLevel: eventual, selecting and limiting as asked', async () => {
    const answer = await call(`${search}&$select=id,displayName&$top=5`, {
      headers: { ConsistencyLevel: 'eventual' },
    });
    expect([answer.status, answer.body.value]).toEqual([
      200,
      [{ id: finance.id, displayName: finance.displayName }],
    ]);
  });

  it.each([
    [
      `$filter=${encodeURIComponent("startswith(displayName,'Chefen')")}&$select=id`,
      [{ id: schools.id }, { id: finance.id }],
    ],
    [
      `$filter=${encodeURIComponent(`id eq '${director.id}'`)}&$select=displayName`,
      [{ displayName: director.displayName }],
    ],
    [`$select=id&$top=1`, [{ id: schools.id }]],
  ])('answers %s', async (query, value) => {
    const answer = await call(query);
    expect([answer.status, answer.body.value]).toEqual([200, value]);
  });

  it.each([
    ['$select=jobTitle', 400],
    [`$filter=${encodeURIComponent("startswith(fields/displayName,'a')")}`, 400],
    ['$top=0', 400],
  ])('refuses %s', async (query, status) => {
    expect((await call(query)).status).toBe(status);
  });

  it.each([
    [['User.ReadBasic.All'], 200],
    [['User.Read', 'Sites.ReadWrite.All'], 403],
  ])('with the scopes %j answers %d', async (scopes, status) => {
    expect((await call('$select=id', { scopes })).status).toBe(status);
  });

  it('is refused to the adapter, as forbidden, without the scope', async () => {
    const connection = createGraphClient({
      baseUrl: emulator.graph.url,
      token: async () => tokenFor('secretary', ['People.Read', 'Sites.Read.All']),
    });
    const refused = graphPersonDirectory(connection).find('Chefen');
    await expect(refused).rejects.toBeInstanceOf(GraphFailure);
    await expect(refused).rejects.toMatchObject({ code: 'forbidden' });
  });
});
