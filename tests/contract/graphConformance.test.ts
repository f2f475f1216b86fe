// Every Graph endpoint the app calls (src/graph/*.ts, src/graph/scopesFor.ts), sent as its page in the
// Graph docs (microsoftgraph/microsoft-graph-docs-contrib, api-reference/v1.0/…) documents the request,
// and answered in the shape that page documents. Runs against the emulator, and against a real tenant
// with GRAPH_BASE_URL, GRAPH_TOKEN and GRAPH_SITE (and GRAPH_TEAM_ID, GRAPH_CHANNEL_ID, GRAPH_CHAT_ID for
// the Teams endpoints, which post a message and a tab there). Then the adapter's mappers read the
// example responses printed on those pages.
import { randomUUID } from 'node:crypto';
import type { GraphConnection } from '../../src/graph/createGraphClient';
import { toDriveItem } from '../../src/graph/files';
import { toListItemRecord } from '../../src/graph/listItemMapper';
import { type MessageJson, toMessage } from '../../src/graph/messages';
import { scopesFor } from '../../src/graph/scopesFor';
import { type TeamsPlace, graphTargets } from './graphTarget';

// Graph's JSON as it comes: loosely typed here, checked by the expectations below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function send(
  connection: GraphConnection,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Json }> {
  const token = await connection.token(scopesFor(method, path.split('?')[0]!));
  const response = await fetch(`${connection.baseUrl}/v1.0${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const driveItemShape = {
  id: expect.any(String),
  name: expect.any(String),
  webUrl: expect.stringMatching(/^https:\/\//),
  parentReference: expect.objectContaining({ driveId: expect.any(String) }),
};

describe.each(graphTargets())('Graph as documented, against $name', (target) => {
  let connection: GraphConnection;
  let close: () => Promise<void>;
  let siteId: string;
  let hostname: string;
  let sitePath: string;
  const listName = `Conformance ${randomUUID().slice(0, 8)}`;
  let listId: string;

  beforeAll(async () => {
    const connected = await target.connect();
    ({ connection, close, hostname, sitePath } = connected);
  });
  afterAll(() => close());

  it('GET /sites/{hostname}:/{path} (api/site-getbypath.md) answers the site', async () => {
    const answer = await send(connection, 'GET', `/sites/${hostname}:${sitePath}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      id: expect.stringMatching(/^[^,]+,[0-9a-f-]{36},[0-9a-f-]{36}$/),
      displayName: expect.any(String),
      webUrl: `https://${hostname}${sitePath}`,
    });
    siteId = answer.body.id;
  });

  it('POST /sites/{id}/lists (api/list-create.md) answers 201 with the list', async () => {
    const answer = await send(connection, 'POST', `/sites/${siteId}/lists`, {
      displayName: listName,
      columns: [
        { name: 'Key', text: {}, indexed: true, enforceUniqueValues: true },
        { name: 'Day', dateTime: { format: 'dateOnly' } },
      ],
      list: { template: 'genericList' },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ id: expect.any(String), displayName: listName });
    listId = answer.body.id;
  });

  it('GET /sites/{id}/lists/{name} (api/list-get.md: "{list-id | list-title}") finds it by title', async () => {
    const answer = await send(connection, 'GET', `/sites/${siteId}/lists/${encodeURIComponent(listName)}`);
    expect(answer.status).toBe(200);
    expect(answer.body.id).toBe(listId);
  });

  it('POST and GET /sites/{id}/lists/{id}/columns (api/list-post-columns.md, list-list-columns.md)', async () => {
    const added = await send(connection, 'POST', `/sites/${siteId}/lists/${listId}/columns`, {
      name: 'DayText',
      text: {},
      indexed: true,
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'DayText', text: expect.any(Object) });
    const listed = await send(connection, 'GET', `/sites/${siteId}/lists/${listId}/columns`);
    expect(listed.status).toBe(200);
    expect(listed.body.value.map((column: Json) => column.name)).toEqual(
      expect.arrayContaining(['Key', 'Day', 'DayText']),
    );
  });

  it('POST, GET, PATCH, DELETE list items (api/listitem-create.md, -list.md, -update.md, -delete.md)', async () => {
    const items = `/sites/${siteId}/lists/${listId}/items`;
    const created = await send(connection, 'POST', items, { fields: { Title: 'Punkt 1', Key: 'a' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      fields: expect.objectContaining({ Key: 'a' }),
    });
    const filtered = await send(connection, 'GET', `${items}?$expand=fields&$filter=fields/Key eq 'a'`);
    expect(filtered.status).toBe(200);
    expect(filtered.body.value).toEqual([expect.objectContaining({ id: created.body.id })]);
    const patched = await send(connection, 'PATCH', `${items}/${created.body.id}/fields`, {
      Title: 'Punkt 2',
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ Title: 'Punkt 2' });
    expect((await send(connection, 'DELETE', `${items}/${created.body.id}`)).status).toBe(204);
  });

  it('POST /$batch (concepts/json-batching.md) answers each request by id, and refuses 21', async () => {
    const requests = ['1', '2', '3'].map((id) => ({
      id,
      method: 'GET',
      url: `/sites/${siteId}/lists/${listId}`,
    }));
    const answer = await send(connection, 'POST', '/$batch', { requests });
    expect(answer.status).toBe(200);
    expect(answer.body.responses.map((each: Json) => each.id).sort()).toEqual(['1', '2', '3']);
    for (const each of answer.body.responses)
      expect(each).toMatchObject({ status: 200, body: { id: listId } });
    const tooMany = Array.from({ length: 21 }, (_, index) => ({ ...requests[0], id: String(index) }));
    expect((await send(connection, 'POST', '/$batch', { requests: tooMany })).status).toBe(400);
  });

  describe('Teams endpoints', () => {
    const place = target.teams;
    const skip = place === null;
    if (skip) it.skip('need GRAPH_TEAM_ID and GRAPH_CHANNEL_ID to be tried on a tenant', () => undefined);
    else teamsEndpoints(() => connection, place);
  });
});

function teamsEndpoints(connection: () => GraphConnection, place: TeamsPlace): void {
  const channel = `/teams/${place.teamId}/channels/${encodeURIComponent(place.channelId)}`;
  let folder: Json;

  it('GET …/channels/{id}/filesFolder (api/channel-get-filesfolder.md) answers a driveItem folder', async () => {
    const answer = await send(connection(), 'GET', `${channel}/filesFolder`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ...driveItemShape, folder: expect.any(Object) });
    folder = answer.body;
  });

  it('GET /drives/{id}/items/{id}/children with $select (api/driveitem-list-children.md)', async () => {
    const path = `/drives/${folder.parentReference.driveId}/items/${folder.id}/children`;
    const all = await send(connection(), 'GET', path);
    expect(all.status).toBe(200);
    expect(all.body.value).toEqual(expect.arrayContaining([expect.objectContaining(driveItemShape)]));
    const selected = await send(connection(), 'GET', `${path}?$select=id,name,sharepointIds`);
    for (const item of selected.body.value) {
      expect(
        Object.keys(item)
          .filter((key) => !key.startsWith('@'))
          .sort(),
      ).toEqual(['id', 'name', 'sharepointIds']);
      expect(item.sharepointIds.listItemUniqueId).toMatch(/^[0-9a-f-]{36}$/i);
    }
  });

  it('POST and GET channel messages and replies (api/chatmessage-post.md, -post-replies.md, -list-replies.md)', async () => {
    const root = await send(connection(), 'POST', `${channel}/messages`, {
      subject: 'Kontrol',
      body: { contentType: 'html', content: '<p>Kontrol af Graph</p>' },
    });
    expect(root.status).toBe(201);
    expect(root.body).toMatchObject({
      id: expect.any(String),
      body: { contentType: 'html' },
      webUrl: expect.any(String),
    });
    const reply = await send(connection(), 'POST', `${channel}/messages/${root.body.id}/replies`, {
      body: { contentType: 'html', content: '<p>Svar</p>' },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.replyToId).toBe(root.body.id);
    const replies = await send(connection(), 'GET', `${channel}/messages/${root.body.id}/replies?$top=50`);
    expect(replies.status).toBe(200);
    expect(replies.body.value.map((each: Json) => each.id)).toContain(reply.body.id);
  });

  it('GET …/tabs and GET /teams/{id}/installedApps?$expand=teamsApp (api/channel-list-tabs.md, team-list-installedapps.md)', async () => {
    const tabs = await send(connection(), 'GET', `${channel}/tabs`);
    expect(tabs.status).toBe(200);
    expect(Array.isArray(tabs.body.value)).toBe(true);
    const apps = await send(connection(), 'GET', `/teams/${place.teamId}/installedApps?$expand=teamsApp`);
    expect(apps.status).toBe(200);
    expect(apps.body.value).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          teamsApp: expect.objectContaining({ id: expect.any(String), externalId: expect.anything() }),
        }),
      ]),
    );
  });

  it('POST and GET chat messages, webUrl null, and pinnedMessages (api/chat-post-messages.md, chat-list-messages.md, chat-post-pinnedmessages.md)', async () => {
    if (!place.chatId) return;
    const chat = `/chats/${encodeURIComponent(place.chatId)}`;
    const posted = await send(connection(), 'POST', `${chat}/messages`, {
      body: { contentType: 'html', content: '<p>Kontrol</p>' },
    });
    expect(posted.status).toBe(201);
    const listed = await send(connection(), 'GET', `${chat}/messages?$orderby=createdDateTime desc&$top=50`);
    expect(listed.status).toBe(200);
    expect(listed.body.value[0]).toMatchObject({ id: posted.body.id, webUrl: null, chatId: place.chatId });
    const pinned = await send(connection(), 'POST', `${chat}/pinnedMessages`, {
      'message@odata.bind': `https://graph.microsoft.com/v1.0${chat}/messages/${posted.body.id}`,
    });
    expect(pinned.status).toBe(201);
    const pins = await send(connection(), 'GET', `${chat}/pinnedMessages?$expand=message`);
    expect(pins.body.value.map((pin: Json) => pin.message.id)).toContain(posted.body.id);
  });
}

describe('the adapter reads the example responses of the docs', () => {
  it('a listItem with fields (api/listitem-get.md, "Response")', () => {
    const example = { id: '5', fields: { Name: 'Widget', Color: 'Blue', Quantity: 2357 } };
    expect(toListItemRecord(example)).toEqual({
      id: '5',
      eTag: '',
      fields: { Name: 'Widget', Color: 'Blue', Quantity: 2357 },
      modifiedBy: null, // the example names no lastModifiedBy
      modifiedAt: null,
    });
  });

  it('driveItem children (api/driveitem-list-children.md, "Response"; truncated there, so no ids)', () => {
    const example = {
      value: [
        { name: 'myfile.jpg', size: 2048, file: {} },
        { name: 'Documents', folder: { childCount: 4 } },
        { name: 'Photos', folder: { childCount: 203 } },
        { name: 'my sheet(1).xlsx', size: 197 },
      ],
      '@odata.nextLink': 'https://...',
    };
    const items = example.value.map((json) => toDriveItem(json as Parameters<typeof toDriveItem>[0]));
    expect(items.map((item) => [item.name, item.isFolder, item.size])).toEqual([
      ['myfile.jpg', false, 2048],
      ['Documents', true, 0],
      ['Photos', true, 0],
      ['my sheet(1).xlsx', false, 197],
    ]);
  });

  it('a chat message (api/chat-list-messages.md, example 1, first message)', () => {
    const example = {
      id: '1616964509832',
      replyToId: null,
      etag: '1616964509832',
      messageType: 'message',
      createdDateTime: '2021-03-28T20:48:29.832Z',
      lastModifiedDateTime: '2021-03-28T20:48:29.832Z',
      lastEditedDateTime: null,
      deletedDateTime: null,
      subject: null,
      summary: null,
      chatId: '19:2da4c29f6d7041eca70b638b43d45437@thread.v2',
      importance: 'normal',
      locale: 'en-us',
      webUrl: null,
      channelIdentity: null,
      policyViolation: null,
      eventDetail: null,
      from: {
        application: null,
        device: null,
        user: {
          id: '8ea0e38b-efb3-4757-924a-5f94061cf8c2',
          displayName: 'Robin Kline',
          userIdentityType: 'aadUser',
        },
      },
      body: { contentType: 'text', content: 'Hello world' },
      attachments: [],
      mentions: [],
      reactions: [],
      messageHistory: [],
    };
    expect(toMessage(example as unknown as MessageJson)).toEqual({
      id: '1616964509832',
      createdDateTime: '2021-03-28T20:48:29.832Z',
      from: 'Robin Kline',
      html: 'Hello world',
      webUrl: null,
    });
  });
});
