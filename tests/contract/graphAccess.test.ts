// The Graph access object against the emulator, with the least scopes each request asks for (the
// emulator refuses a token without them, so the scopes the middleware derives from method and path
// are checked on every call). What Graph promises, from microsoft-graph-docs-contrib:
// - $select returns only the properties named: concepts/query-parameters.md
// - a collection continues at `@odata.nextLink`, which carries the query: concepts/paging.md
// - PATCH …/items/{id}/fields with a stale if-match answers 412 and leaves the item alone:
//   api-reference/v1.0/api/listitem-update.md
// - a throttled request answers 429 with Retry-After in seconds: concepts/throttling.md
// - $batch answers each inner request by its id: concepts/json-batching.md
import { randomUUID } from 'node:crypto';
import type { DriveItem, ListItem as GraphListItem } from '@microsoft/microsoft-graph-types';
import { SEED } from '../../dev/emulator/seed';
import { SITE } from '../../dev/emulator/testing/testEmulator';
import type { GraphPage } from '../../src/graph/call';
import { graphAccess } from '../../src/graph/GraphAccess';
import { GraphFailure } from '../../src/graph/GraphFailure';
import { emulatorFixture } from './graphTarget';

/** A list item as these lists answer it: fields are the list's own columns. */
type ListItem = GraphListItem & { fields?: Record<string, unknown> };

let requests: string[] = [];

const emulator = emulatorFixture({
  retry: { baseDelayMs: 1, maxDelayMs: 10, maxAttempts: 6 },
  observe: (method, url) => requests.push(`${method} ${new URL(url).pathname}${new URL(url).search}`),
  leastScopes: true,
});
const connect = (maxAttempts = 6) => emulator.connect('secretary', { maxAttempts });
beforeEach(() => {
  requests = [];
  emulator.graph.setFaults({});
});

/** A new list with a unique, indexed key column, made through the access object. */
async function newList(): Promise<string> {
  const created = await graphAccess(connect()).post<{ id: string }>(`${SITE}/lists`, {
    displayName: `Adgang ${randomUUID().slice(0, 8)}`,
    columns: [{ name: 'DecisionKey', text: {}, indexed: true, enforceUniqueValues: true }],
    list: { template: 'genericList' },
  });
  return created.id;
}

it('gets one resource with $select: only the properties named', async () => {
  const access = graphAccess(connect());
  const folder = `/drives/${encodeURIComponent(SEED.driveId)}/items/folder-generelt`;
  const [docx] = (await access.get<GraphPage<DriveItem>>(`${folder}/children`)).value.filter((item) =>
    item.name?.endsWith('.docx'),
  );
  const selected = await access.get<DriveItem>(
    `/drives/${encodeURIComponent(SEED.driveId)}/items/${docx!.id}`,
    { select: 'id,webUrl' },
  );
  expect(selected).toEqual({ id: docx!.id, webUrl: docx!.webUrl });
});

it('posts items and reads them all across @odata.nextLink, or page by page stopping early', async () => {
  const access = graphAccess(connect());
  const list = await newList();
  const items = `${SITE}/lists/${list}/items`;
  for (let n = 0; n < 25; n += 1) {
    const created = await access.post<ListItem>(items, {
      fields: { Title: `Punkt ${n}`, DecisionKey: `k#${n}` },
    });
    expect(created.id).toEqual(expect.any(String));
  }
  requests = [];
  const all = await access.all<ListItem>(items, { expand: 'fields', top: 10 });
  expect(all.map((item) => item.fields?.Title).sort()).toEqual(
    Array.from({ length: 25 }, (_, n) => `Punkt ${n}`).sort(),
  );
  expect(requests).toHaveLength(3); // 10 + 10 + 5
  expect(requests[2]).toContain('skiptoken'); // the next link, followed as Graph gave it

  requests = [];
  for await (const page of access.pages<ListItem>(items, { top: 10 })) {
    expect(page).toHaveLength(10);
    break;
  }
  expect(requests).toHaveLength(1); // no page is asked for after the loop is left

  // A "#" in a filter value stays in the filter: the value is encoded, not cut off as a fragment.
  const [third] = await access.all<ListItem>(items, {
    expand: 'fields',
    filter: "fields/DecisionKey eq 'k#3'",
  });
  expect(third?.fields?.Title).toBe('Punkt 3');
});

it('patches with If-Match: the current eTag saves, a stale one is precondition-failed and changes nothing', async () => {
  const access = graphAccess(connect());
  const list = await newList();
  const items = `${SITE}/lists/${list}/items`;
  const item = await access.post<ListItem>(items, { fields: { Title: 'Før', DecisionKey: 'a' } });
  const saved = await access.patch<Record<string, unknown>>(
    `${items}/${item.id}/fields`,
    { Title: 'Efter' },
    { 'If-Match': item.eTag! },
  );
  expect(saved?.Title).toBe('Efter');
  const stale = access.patch(`${items}/${item.id}/fields`, { Title: 'Forældet' }, { 'If-Match': item.eTag! });
  await expect(stale).rejects.toBeInstanceOf(GraphFailure);
  await expect(stale).rejects.toMatchObject({
    code: 'precondition-failed',
    status: 412,
    failure: { code: 'precondition-failed' },
  });
  const now = await access.get<ListItem>(`${items}/${item.id}`, { expand: 'fields' });
  expect(now.fields).toMatchObject({ Title: 'Efter' });

  await access.delete(`${items}/${item.id}`);
  await expect(access.get(`${items}/${item.id}`)).rejects.toMatchObject({ code: 'not-found', status: 404 });
});

it('maps a 429 that outlasts the retries to throttled, with how long Graph asked to wait', async () => {
  const access = graphAccess(connect(1));
  emulator.graph.setFaults({ throttleRate: 1, retryAfterSeconds: 7 });
  const answer = access.get(SITE);
  await expect(answer).rejects.toMatchObject({
    code: 'throttled',
    status: 429,
    retryAfterMs: 7000,
    failure: { code: 'throttled', retryAfterMs: 7000 },
  });
});

it('batches steps and answers each by its id', async () => {
  const access = graphAccess(connect());
  const list = await newList();
  const items = `${SITE}/lists/${list}/items`;
  const item = await access.post<ListItem>(items, { fields: { Title: 'Før', DecisionKey: 'b' } });
  const results = await access.batch([
    { id: 'patch', method: 'PATCH', url: `${items}/${item.id}/fields`, body: { Title: 'Samlet' } },
    { id: 'site', method: 'GET', url: SITE },
    { id: 'missing', method: 'GET', url: `${items}/999999` },
  ]);
  expect(results.get('patch')).toMatchObject({ status: 200, body: { Title: 'Samlet' } });
  expect(results.get('site')).toMatchObject({
    status: 200,
    body: { id: expect.stringContaining(SEED.siteId) },
  });
  expect(results.get('missing')?.status).toBe(404);
  expect(requests.filter((request) => request.startsWith('POST') && request.includes('$batch'))).toHaveLength(
    1,
  );
});
