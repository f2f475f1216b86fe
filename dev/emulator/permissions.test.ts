// Every route checks the delegated permission Microsoft documents for its API (the Permissions table of
// each api-reference/v1.0/api/*.md page in microsoftgraph/microsoft-graph-docs-contrib), against the
// token's `scp` as far as the tenant has consented, and refuses as Graph does: 403, code Forbidden and
// "Missing scope permissions on the request. API requires one of '…'" for Teams APIs (docs issue #3379),
// accessDenied for SharePoint (docs issue #9064). Also inside a $batch.
import { makeDevToken } from './devToken';
import { ADMIN_CONSENT_ONLY, ALL_SCOPES, PERMISSIONS } from './permissions';
import { SEED } from './seed';
import { CHANNEL, SITE, startTestEmulator, type TestEmulator } from './testing/testEmulator';

let graph: TestEmulator;
beforeAll(async () => {
  graph = await startTestEmulator();
});
afterEach(() => graph.setAdminConsent(ADMIN_CONSENT_ONLY));
afterAll(() => graph.close());

const REPLIES = `${CHANNEL}/messages/1/replies`;

it('refuses a channel message read whose token lacks ChannelMessage.Read.All (chatmessage-list-replies.md)', async () => {
  const refused = await graph.call('GET', REPLIES, { scopes: ['ChannelMessage.Send', 'Sites.Read.All'] });
  expect(refused.status).toBe(403);
  expect(refused.body.error.code).toBe('Forbidden');
  expect(refused.body.error.message).toBe(
    "Missing scope permissions on the request. API requires one of 'ChannelMessage.Read.All'. Scopes on the request 'ChannelMessage.Send, Sites.Read.All'",
  );
  expect(
    (await graph.call('GET', `${CHANNEL}/messages`, { scopes: ['ChannelMessage.Read.All'] })).status,
  ).toBe(200);
});

it('refuses a SharePoint read without a Sites scope as accessDenied, and takes a higher privileged one (site-getbypath.md)', async () => {
  const path = `/sites/${SEED.hostname}:${SEED.sitePath}`;
  const refused = await graph.call('GET', path, { scopes: ['Files.Read.All'] });
  expect([refused.status, refused.body.error.code]).toEqual([403, 'accessDenied']);
  expect((await graph.call('GET', path, { scopes: ['Sites.ReadWrite.All'] })).status).toBe(200);
});

it('needs Sites.Manage.All to create a list; Sites.ReadWrite.All is not enough (list-create.md)', async () => {
  const list = { displayName: 'Uden lov', list: { template: 'genericList' } };
  expect(
    (await graph.call('POST', `${SITE}/lists`, { scopes: ['Sites.ReadWrite.All'], body: list })).status,
  ).toBe(403);
  expect(
    (await graph.call('POST', `${SITE}/lists`, { scopes: ['Sites.Manage.All'], body: list })).status,
  ).toBe(201);
});

it('honours an admin-consent-only scope only while the tenant has consented to it', async () => {
  graph.setAdminConsent([]);
  const refused = await graph.call('GET', `${CHANNEL}/messages`, { scopes: ['ChannelMessage.Read.All'] });
  expect(refused.status).toBe(403);
  expect(refused.body.error.message).toContain("API requires one of 'ChannelMessage.Read.All'");
  // A user-consentable scope is granted as asked.
  const posted = await graph.call('POST', `${CHANNEL}/messages`, {
    scopes: ['ChannelMessage.Send'],
    body: { body: { content: 'hej' } },
  });
  expect(posted.status).toBe(201);
  const admin = await fetch(`${graph.url}/_admin/consent`, {
    method: 'POST',
    body: JSON.stringify({ adminConsent: ['ChannelMessage.Read.All'] }),
  });
  expect(admin.status).toBe(200);
  expect(
    (await graph.call('GET', `${CHANNEL}/messages`, { scopes: ['ChannelMessage.Read.All'] })).status,
  ).toBe(200);
});

it('checks each request inside a $batch on its own', async () => {
  const batch = await graph.call('POST', '/$batch', {
    scopes: ['Sites.Read.All'],
    body: {
      requests: [
        { id: '1', method: 'GET', url: SITE },
        { id: '2', method: 'GET', url: `${CHANNEL}/messages` },
      ],
    },
  });
  const statusOf = (id: string) =>
    batch.body.responses.find((response: { id: string }) => response.id === id).status;
  expect([statusOf('1'), statusOf('2')]).toEqual([200, 403]);
});

it('refuses a token without scopes', async () => {
  const bare = makeDevToken({ oid: SEED.users.secretary.id, upn: 'x', name: 'x', scp: '' });
  const response = await fetch(`${graph.url}/v1.0${SITE}`, { headers: { authorization: `Bearer ${bare}` } });
  expect(response.status).toBe(403);
});

/** A request of a row's shape: each `{name}` an id, `{name+}` a path of its own. */
const concrete = (template: string) =>
  template.replace(/\{(\w+)(\+)?\}/g, (_, name: string, rest?: string) =>
    rest ? `sites/${name}` : `${name}1`,
  );

/** Whether the emulator refused the request for its token's scopes (before its route was reached). */
const scopeRefusal = (answer: { status: number; body: { error?: { message?: string } } }) =>
  answer.status === 403 &&
  /^(Missing scope permissions on the request|Access denied$)/.test(answer.body?.error?.message ?? '');

// Driven by the table's rows, so that a row the emulator does not enforce as written fails: each of a
// row's permissions alone lets its call through, and a token with every other permission the emulator
// knows is refused with 403. (Which permissions a row should hold is the Graph docs' table of its page:
// see the row's `doc`, and tests/graph/leastScopes.test.ts for the app's own calls.)
describe.each(PERMISSIONS.map((row) => [`${row.method} ${row.path}`, row] as const))('%s', (_name, row) => {
  const path = concrete(row.path);
  const body = row.method === 'GET' || row.method === 'DELETE' ? undefined : {};
  beforeEach(() => graph.setAdminConsent(ALL_SCOPES));

  it.each(row.accepted)('lets a token with only %s through', async (scope) => {
    const answer = await graph.call(row.method, path, { scopes: [scope], body });
    expect(scopeRefusal(answer) ? 'refused' : 'through').toBe('through');
  });

  it('refuses with 403 a token with every other permission', async () => {
    const others = ALL_SCOPES.filter((scope) => !row.accepted.includes(scope));
    const answer = await graph.call(row.method, path, { scopes: others, body });
    expect(answer.status).toBe(403);
    expect(scopeRefusal(answer)).toBe(true);
  });
});
