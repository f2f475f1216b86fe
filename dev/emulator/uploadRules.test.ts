// Uploads as Graph takes them: `@microsoft.graph.conflictBehavior=fail` refuses an existing name with
// 409 nameAlreadyExists, and `If-Match` on an eTag that is no longer current refuses with 412 and
// changes nothing. Oracle: OneDrive/onedrive-api-docs docs/rest-api/api/driveitem_put_content.md
// ("Conflict Resolution Behavior": replace by default; fail, replace or rename as a query parameter),
// docs/rest-api/concepts/errors.md (409 Conflict, nameAlreadyExists; 412 Precondition Failed "such as an
// if-match header", resourceModified); microsoft-graph-docs-contrib api-reference/v1.0/api/driveitem-put-content.md.
import { SEED } from './seed';
import { startTestEmulator, type TestEmulator, tokenFor } from './testing/testEmulator';

let graph: TestEmulator;
beforeAll(async () => {
  graph = await startTestEmulator();
});
afterAll(() => graph.close());

const put = (path: string, text: string, headers: Record<string, string> = {}) =>
  fetch(`${graph.url}/v1.0/drives/${SEED.driveId}/${path}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${tokenFor('secretary')}`, 'content-type': 'text/plain', ...headers },
    body: text,
  });
const byName = (name: string, behaviour?: string) =>
  `items/folder-generelt:/${name}:/content${behaviour ? `?@microsoft.graph.conflictBehavior=${behaviour}` : ''}`;
const textOf = async (id: string) => {
  const item = await graph.call('GET', `/drives/${SEED.driveId}/items/${id}`);
  return (await fetch(item.body['@microsoft.graph.downloadUrl'])).text();
};

describe('uploading a file by name', () => {
  it('creates with conflictBehavior=fail, and refuses the same name (any case) with 409 nameAlreadyExists', async () => {
    const first = await put(byName('fail.txt', 'fail'), 'first');
    expect(first.status).toBe(201);
    const again = await put(byName('FAIL.txt', 'fail'), 'second');
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('nameAlreadyExists');
    expect(await textOf((await first.json()).id)).toBe('first');
  });

  it('replaces by default, and with conflictBehavior=replace', async () => {
    expect((await put(byName('replace.txt'), 'a')).status).toBe(201);
    expect((await put(byName('replace.txt'), 'b')).status).toBe(200);
    const third = await put(byName('replace.txt', 'replace'), 'c');
    expect(third.status).toBe(200);
    expect(await textOf((await third.json()).id)).toBe('c');
  });

  it('refuses an unknown conflict behaviour with 400', async () => {
    expect((await put(byName('odd.txt', 'overwrite'), 'x')).status).toBe(400);
  });
});

describe('If-Match on replacing content', () => {
  it('replaces when the eTag (or cTag) is current, and refuses a stale one with 412, changing nothing', async () => {
    const created = await (await put(byName('match.txt', 'fail'), 'v1')).json();
    const replaced = await put(`items/${created.id}/content`, 'v2', { 'if-match': created.eTag });
    expect(replaced.status).toBe(200);
    const current = await replaced.json();
    expect(current.eTag).not.toBe(created.eTag);

    const stale = await put(`items/${created.id}/content`, 'v3', { 'if-match': created.eTag });
    expect(stale.status).toBe(412);
    expect((await stale.json()).error.code).toBe('resourceModified');
    expect(await textOf(created.id)).toBe('v2');

    const byCTag = await put(`items/${created.id}/content`, 'v4', { 'if-match': current.cTag });
    expect(byCTag.status).toBe(200);
    expect(await textOf(created.id)).toBe('v4');
  });

  it('refuses If-Match on an upload by name when the file is not there, or has changed', async () => {
    expect((await put(byName('absent.txt'), 'x', { 'if-match': '"{ABC},1"' })).status).toBe(412);
    const created = await (await put(byName('named.txt'), 'v1')).json();
    await put(byName('named.txt'), 'v2');
    expect((await put(byName('named.txt'), 'v3', { 'if-match': created.eTag })).status).toBe(412);
    expect(await textOf(created.id)).toBe('v2');
  });
});
