// The emulator behaves like Graph for every call the app makes: shapes, paging, queries, concurrency,
// limits, errors, authentication and membership.
import { SEED } from './seed';
import {
  CHANNEL,
  type SeedUser,
  SITE,
  startTestEmulator,
  type TestEmulator,
  tokenFor,
} from './testing/testEmulator';

let graph: TestEmulator;
beforeAll(async () => {
  graph = await startTestEmulator();
});
afterAll(() => graph.close());

const decisionColumns = [
  { name: 'DecisionKey', text: {}, indexed: true, enforceUniqueValues: true },
  { name: 'MeetingDate', dateTime: {}, indexed: true },
  { name: 'ItemNumber', number: {}, indexed: true },
  { name: 'Decision', text: { allowMultipleLines: true } },
  { name: 'Status', choice: { choices: ['Grøn', 'Gul', 'Rød', 'Afsluttet'] } },
];

async function newList(name: string): Promise<string> {
  const created = await graph.call('POST', `${SITE}/lists`, {
    body: { displayName: name, columns: decisionColumns, list: { template: 'genericList' } },
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

describe('authentication and membership', () => {
  it('answers 401 in Graph’s error shape without a token, or with a garbled one', async () => {
    const variants: Record<string, string>[] = [{}, { authorization: 'Bearer not-a-token' }];
    for (const headers of variants) {
      const response = await graph.call('GET', SITE, { as: null, headers });
      expect(response.status).toBe(401);
      expect(response.body.error).toMatchObject({
        code: 'InvalidAuthenticationToken',
        message: expect.any(String),
        innerError: expect.any(Object),
      });
    }
  });

  it('answers 403 to a user who is not a member of the team', async () => {
    expect((await graph.call('GET', SITE, { as: 'outsider' })).status).toBe(403);
    expect((await graph.call('GET', `${CHANNEL}/messages`, { as: 'outsider' })).status).toBe(403);
    expect(
      (await graph.call('GET', `/drives/${SEED.driveId}/items/root/children`, { as: 'outsider' })).status,
    ).toBe(403);
    expect((await graph.call('GET', SITE, { as: 'director' })).status).toBe(200);
  });
});

describe('files', () => {
  it('finds the site by path, the channel folder, and its documents with eTags and download URLs', async () => {
    const site = await graph.call('GET', `/sites/${SEED.hostname}:${SEED.sitePath}`);
    expect(site.body).toMatchObject({
      displayName: 'Chefforum',
      webUrl: 'https://kommune.sharepoint.com/sites/Chefforum',
    });
    const folder = await graph.call('GET', `${CHANNEL}/filesFolder`);
    expect(folder.body).toMatchObject({
      name: 'Generelt',
      // The site holding its library, by the site's own id (graph docs resources/itemreference.md).
      parentReference: { driveId: SEED.driveId, siteId: site.body.id },
      folder: { childCount: 5 },
    });
    const children = await graph.call('GET', `/drives/${SEED.driveId}/items/${folder.body.id}/children`);
    expect(children.body.value.map((item: { name: string }) => item.name)).toEqual([
      'Bilag',
      'dagsorden-2027-01-14.docx',
      'referat-2015-04-23.txt',
      'referat-2022-03-10.pdf',
      'referat-2023-06-15.pdf',
    ]);
    const txt = children.body.value[2];
    expect(txt).toMatchObject({
      eTag: expect.stringMatching(/^"\{.+\},1"$/),
      cTag: expect.any(String),
      file: { mimeType: 'text/plain' },
    });
    const download = await fetch(txt['@microsoft.graph.downloadUrl']); // no Authorization header, as in a browser
    expect(download.status).toBe(200);
    expect(download.headers.get('access-control-allow-origin')).toBe('*');
    expect(await download.text()).toMatch(/^REFERAT Chefforum d\. 23-04-2015/);
    const redirect = await graph.call('GET', `/drives/${SEED.driveId}/items/${txt.id}/content`);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toContain(`/_download/${txt.id}?`);
  });

  // graph docs concepts/teams-configuring-builtin-tabs.md: an Office file's webUrl carries its sourcedoc;
  // api-reference/v1.0/resources/sharepointids.md; $select (concepts/query-parameters.md) returns only
  // the properties named.
  it('gives Office files a Doc.aspx webUrl, sharepointIds when selected, and honours $select', async () => {
    const folder = `/drives/${encodeURIComponent(SEED.driveId)}/items/folder-generelt`;
    const all = (await graph.call('GET', `${folder}/children`)).body.value as Record<string, unknown>[];
    const docx = all.find((item) => item.name === 'dagsorden-2027-01-14.docx')!;
    expect(docx.webUrl).toMatch(
      /^https:\/\/kommune\.sharepoint\.com\/sites\/Chefforum\/_layouts\/15\/Doc\.aspx\?sourcedoc=%7B[0-9A-F-]{36}%7D&file=dagsorden-2027-01-14\.docx&action=default&mobileredirect=true$/,
    );
    expect(all.find((item) => item.name === 'referat-2022-03-10.pdf')!.webUrl).toMatch(
      /\/Generelt\/referat-2022-03-10\.pdf$/,
    );
    expect(docx).not.toHaveProperty('sharepointIds');
    const selected = (await graph.call('GET', `${folder}/children?$select=name,sharepointIds`)).body.value;
    for (const item of selected as Record<string, unknown>[]) {
      expect(Object.keys(item).sort()).toEqual(['name', 'sharepointIds']);
      expect(item.sharepointIds).toMatchObject({
        listItemUniqueId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });
    }
    const one = await graph.call(
      'GET',
      `/drives/${encodeURIComponent(SEED.driveId)}/items/${docx.id}?$select=id,webUrl`,
    );
    expect(one.body).toEqual({ id: docx.id, webUrl: docx.webUrl });
  });

  it('refuses a forged or expired download link', async () => {
    const folder = await graph.call('GET', `${CHANNEL}/filesFolder`);
    const children = await graph.call('GET', `/drives/${SEED.driveId}/items/${folder.body.id}/children`);
    const item = children.body.value.find((each: { file?: unknown }) => each.file);
    const forged = item['@microsoft.graph.downloadUrl'].replace(/sig=[^&]+/, 'sig=forged');
    expect((await fetch(forged)).status).toBe(401);
  });

  it('uploads a file, and a new version changes its eTag', async () => {
    const put = (text: string) =>
      fetch(`${graph.url}/v1.0/drives/${SEED.driveId}/items/folder-generelt:/ny.txt:/content`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${tokenFor('secretary')}`, 'content-type': 'text/plain' },
        body: text,
      });
    const first = await put('REFERAT Chefforum d. 01-01-2026');
    expect(first.status).toBe(201);
    const second = await put('REFERAT Chefforum d. 02-01-2026');
    expect(second.status).toBe(200);
    const [a, b] = [await first.json(), await second.json()];
    expect(b.id).toBe(a.id);
    expect(b.eTag).not.toBe(a.eTag);
  });
});

describe('lists and list items', () => {
  it('pages 250 items with @odata.nextLink', async () => {
    const list = await newList('Paging');
    const requests = Array.from({ length: 250 }, (_, index) => ({
      id: String(index % 20),
      method: 'POST',
      url: `${SITE}/lists/${list}/items`,
      headers: { 'content-type': 'application/json' },
      body: { fields: { Title: `Punkt ${index}`, DecisionKey: `2020-01-01#${index}`, ItemNumber: index } },
    }));
    for (let at = 0; at < requests.length; at += 20) {
      const batch = await graph.call('POST', '/$batch', { body: { requests: requests.slice(at, at + 20) } });
      expect(batch.body.responses.every((response: { status: number }) => response.status === 201)).toBe(
        true,
      );
    }
    const seen: string[] = [];
    let next: string | undefined = `${SITE}/lists/${list}/items?$expand=fields&$top=100`;
    let pages = 0;
    while (next) {
      const page = await graph.call('GET', next);
      seen.push(...page.body.value.map((item: { fields: { Title: string } }) => item.fields.Title));
      next = page.body['@odata.nextLink'];
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(250);
  });

  it('filters on dates and numbers of indexed columns, and refuses a non-indexed one without Prefer', async () => {
    const list = await newList('Filters');
    for (const [index, date] of ['2019-12-05', '2020-10-08', '2020-10-22', '2021-03-11'].entries()) {
      await graph.call('POST', `${SITE}/lists/${list}/items`, {
        body: {
          fields: {
            DecisionKey: `${date}#1`,
            MeetingDate: `${date}T00:00:00Z`,
            ItemNumber: index + 1,
            Decision: `d${index}`,
            Status: 'Grøn',
          },
        },
      });
    }
    const keys = async (filter: string, headers?: Record<string, string>) => {
      const response = await graph.call(
        'GET',
        `${SITE}/lists/${list}/items?$expand=fields&$filter=${encodeURIComponent(filter)}`,
        { headers },
      );
      return response.status === 200
        ? response.body.value.map((item: { fields: { DecisionKey: string } }) => item.fields.DecisionKey)
        : response.status;
    };
    expect(
      await keys(
        "fields/MeetingDate ge '2020-10-08T00:00:00Z' and fields/MeetingDate lt '2021-01-01T00:00:00Z'",
      ),
    ).toEqual(['2020-10-08#1', '2020-10-22#1']);
    expect(await keys('fields/ItemNumber gt 2 or fields/ItemNumber eq 1')).toEqual([
      '2019-12-05#1',
      '2020-10-22#1',
      '2021-03-11#1',
    ]);
    expect(await keys("fields/DecisionKey eq '2021-03-11#1'")).toEqual(['2021-03-11#1']);
    expect(await keys("fields/Status eq 'Grøn'")).toBe(400);
    expect(
      await keys("fields/Status eq 'Grøn'", { prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' }),
    ).toHaveLength(4);
    const ordered = await graph.call(
      'GET',
      `${SITE}/lists/${list}/items?$expand=fields&$orderby=fields/ItemNumber desc&$top=2`,
    );
    expect(
      ordered.body.value.map((item: { fields: { ItemNumber: number } }) => item.fields.ItemNumber),
    ).toEqual([4, 3]);
  });

  it('answers 412 to an update with an old eTag, and changes nothing', async () => {
    const list = await newList('Concurrency');
    const created = await graph.call('POST', `${SITE}/lists/${list}/items`, {
      body: { fields: { DecisionKey: 'k#1', Decision: 'første' } },
    });
    const etag = created.body.eTag as string;
    const first = await graph.call('PATCH', `${SITE}/lists/${list}/items/${created.body.id}/fields`, {
      body: { Decision: 'anden' },
      headers: { 'if-match': etag },
    });
    expect(first.status).toBe(200);
    const stale = await graph.call('PATCH', `${SITE}/lists/${list}/items/${created.body.id}/fields`, {
      body: { Decision: 'tredje' },
      headers: { 'if-match': etag },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('resourceModified');
    const now = await graph.call('GET', `${SITE}/lists/${list}/items/${created.body.id}?$expand=fields`);
    expect(now.body.fields.Decision).toBe('anden');
  });

  it('answers 409 to a duplicate unique value, and makes no second item', async () => {
    const list = await newList('Unique');
    expect(
      (
        await graph.call('POST', `${SITE}/lists/${list}/items`, {
          body: { fields: { DecisionKey: '2020-10-08#4' } },
        })
      ).status,
    ).toBe(201);
    const again = await graph.call('POST', `${SITE}/lists/${list}/items`, {
      body: { fields: { DecisionKey: '2020-10-08#4' } },
    });
    expect(again.status).toBe(409);
    expect((await graph.call('GET', `${SITE}/lists/${list}/items`)).body.value).toHaveLength(1);
  });

  it('checks field types and choices, finds a list by name, and refuses a second list of the same name', async () => {
    const list = await newList('Typer');
    expect(
      (await graph.call('POST', `${SITE}/lists/${list}/items`, { body: { fields: { ItemNumber: 'fire' } } }))
        .status,
    ).toBe(400);
    expect(
      (await graph.call('POST', `${SITE}/lists/${list}/items`, { body: { fields: { Status: 'Lilla' } } }))
        .status,
    ).toBe(400);
    expect(
      (await graph.call('POST', `${SITE}/lists/${list}/items`, { body: { fields: { Ukendt: 1 } } })).status,
    ).toBe(400);
    expect((await graph.call('GET', `${SITE}/lists/typer`)).body.id).toBe(list);
    expect(
      (await graph.call('POST', `${SITE}/lists`, { body: { displayName: 'Typer', columns: [] } })).status,
    ).toBe(409);
  });
});

describe('$batch', () => {
  it('refuses more than 20 requests with 400', async () => {
    const requests = Array.from({ length: 21 }, (_, index) => ({
      id: String(index),
      method: 'GET',
      url: SITE,
    }));
    const response = await graph.call('POST', '/$batch', { body: { requests } });
    expect(response.status).toBe(400);
  });

  it('runs dependsOn in order and answers 424 when a dependency failed', async () => {
    const list = await newList('Batch');
    const response = await graph.call('POST', '/$batch', {
      body: {
        requests: [
          {
            id: '1',
            method: 'POST',
            url: `${SITE}/lists/${list}/items`,
            headers: { 'content-type': 'application/json' },
            body: { fields: { DecisionKey: 'a' } },
          },
          {
            id: '2',
            method: 'POST',
            url: `${SITE}/lists/${list}/items`,
            headers: { 'content-type': 'application/json' },
            body: { fields: { DecisionKey: 'a' } },
            dependsOn: ['1'],
          },
          { id: '3', method: 'GET', url: `${SITE}/lists/${list}/items`, dependsOn: ['2'] },
          { id: '4', method: 'GET', url: `${SITE}/lists/${list}/items?$expand=fields`, dependsOn: ['1'] },
        ],
      },
    });
    expect(response.status).toBe(200);
    const status = Object.fromEntries(
      response.body.responses.map((each: { id: string; status: number }) => [each.id, each.status]),
    );
    expect(status).toEqual({ 1: 201, 2: 409, 3: 424, 4: 200 });
  });
});

describe('channel messages, tabs and chats', () => {
  it('keeps root posts and their replies, newest first', async () => {
    const root = await graph.call('POST', `${CHANNEL}/messages`, {
      body: { subject: 'Punkt 3: Budget', body: { contentType: 'html', content: '<p>Første</p>' } },
    });
    expect(root.status).toBe(201);
    for (const text of ['svar 1', 'svar 2']) {
      expect(
        (
          await graph.call('POST', `${CHANNEL}/messages/${root.body.id}/replies`, {
            as: 'finance',
            body: { body: { contentType: 'text', content: text } },
          })
        ).status,
      ).toBe(201);
    }
    const replies = await graph.call('GET', `${CHANNEL}/messages/${root.body.id}/replies`);
    expect(replies.body.value.map((reply: { body: { content: string } }) => reply.body.content)).toEqual([
      'svar 2',
      'svar 1',
    ]);
    expect(replies.body.value[0].from.user.displayName).toBe('Chefen for Økonomi & Stab');
  });

  // "A maximum of 4 requests per second per app can be issued on a given team or channel": GETs and
  // POSTs alike, all users together (microsoft-graph-docs-contrib concepts/throttling-limits.md, Microsoft
  // Teams service limits). The first four pass, the next ones get 429 with Retry-After.
  it('answers 429 with Retry-After beyond Teams’ 4 requests a second on a team, any method, any user', async () => {
    const limited = await startTestEmulator({ teamsRequestsPerSecond: 4 });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      const requests: [string, string, SeedUser, unknown][] = [
        ['POST', `${CHANNEL}/messages`, 'secretary', { body: { content: 'hej' } }],
        ['GET', `${CHANNEL}/messages`, 'director', undefined],
        ['GET', `${CHANNEL}/tabs`, 'secretary', undefined],
        ['GET', `/teams/${SEED.teamId}/installedApps`, 'finance', undefined],
        ['GET', `${CHANNEL}/messages`, 'director', undefined],
        ['POST', `${CHANNEL}/messages`, 'secretary', { body: { content: 'igen' } }],
      ];
      for (const [method, resource, as, body] of requests) {
        const response = await limited.call(method, resource, { as, body });
        statuses.push(response.status);
        if (response.status === 429) retryAfter ??= response.headers.get('retry-after');
      }
      expect(statuses).toEqual([201, 200, 200, 200, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      // SharePoint requests are not on the team: the library still reads.
      expect((await limited.call('GET', SITE)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('adds a channel tab, refuses a second of the same name, lists and deletes', async () => {
    const tab = {
      displayName: 'Kommunens hjemmeside',
      // A website tab (graph docs concepts/teams-configuring-builtin-tabs.md); file tabs: tabPinner.test.ts.
      'teamsApp@odata.bind':
        'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/com.microsoft.teamspace.tab.web',
      configuration: {
        entityId: null,
        contentUrl: 'https://www.kommune.dk',
        removeUrl: null,
        websiteUrl: 'https://www.kommune.dk',
      },
    };
    const created = await graph.call('POST', `${CHANNEL}/tabs`, { body: tab });
    expect(created.status).toBe(201);
    expect((await graph.call('POST', `${CHANNEL}/tabs`, { body: tab })).status).toBe(400);
    expect((await graph.call('GET', `${CHANNEL}/tabs`)).body.value).toHaveLength(1);
    expect((await graph.call('DELETE', `${CHANNEL}/tabs/${created.body.id}`)).status).toBe(204);
    expect((await graph.call('GET', `${CHANNEL}/tabs`)).body.value).toHaveLength(0);
  });

  // graph docs api-reference/v1.0/api/chat-list-messages.md: $orderby lastModifiedDateTime (default) or
  // createdDateTime, descending only; $top at most 50; a chat message's webUrl is null.
  it('lists chat messages as Graph does: descending order only, $top ≤ 50, no webUrl', async () => {
    const chat = `/chats/${encodeURIComponent(SEED.chatId)}/messages`;
    const posted = await graph.call('POST', chat, {
      body: { body: { contentType: 'text', content: 'Hej' } },
    });
    expect(posted.body.webUrl).toBeNull();
    expect((await graph.call('GET', `${chat}?$orderby=createdDateTime asc`)).status).toBe(400);
    expect((await graph.call('GET', `${chat}?$orderby=subject desc`)).status).toBe(400);
    expect((await graph.call('GET', `${chat}?$top=51`)).status).toBe(400);
    const listed = await graph.call('GET', `${chat}?$orderby=createdDateTime desc&$top=50`);
    expect(listed.status).toBe(200);
    expect(listed.body.value[0]).toMatchObject({ id: posted.body.id, webUrl: null, chatId: SEED.chatId });
  });

  it('pins a chat message once', async () => {
    const chat = `/chats/${encodeURIComponent(SEED.chatId)}`;
    const message = await graph.call('POST', `${chat}/messages`, {
      body: { body: { contentType: 'html', content: '<a href="x">Referat</a>' } },
    });
    const bind = {
      'message@odata.bind': `https://graph.microsoft.com/v1.0/chats/${SEED.chatId}/messages/${message.body.id}`,
    };
    expect((await graph.call('POST', `${chat}/pinnedMessages`, { body: bind })).status).toBe(201);
    expect((await graph.call('POST', `${chat}/pinnedMessages`, { body: bind })).status).toBe(409);
    expect((await graph.call('GET', `${chat}/pinnedMessages`)).body.value).toHaveLength(1);
    expect((await graph.call('GET', `${chat}/messages`, { as: 'outsider' })).status).toBe(403);
  });
});

describe('faults', () => {
  it('throttles with Retry-After, answers 503, and drops connections when told to', async () => {
    graph.setFaults({ throttleRate: 1, retryAfterSeconds: 7 });
    const throttled = await graph.call('GET', SITE);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('7');
    graph.setFaults({ unavailableRate: 1 });
    expect((await graph.call('GET', SITE)).status).toBe(503);
    graph.setFaults({ dropRate: 1 });
    await expect(graph.call('GET', SITE)).rejects.toThrow();
    const admin = await fetch(`${graph.url}/_admin/faults`, { method: 'POST', body: JSON.stringify({}) });
    expect(admin.status).toBe(200);
    expect((await graph.call('GET', SITE)).status).toBe(200);
  });
});
