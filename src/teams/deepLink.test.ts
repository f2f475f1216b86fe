// Deep links to a point, both ways.
import { placeOfSubPageId, subPageIdOf, TAB_ENTITY_ID, teamsPointLink, teamsThreadLink } from './deepLink';

describe('sub-page ids', () => {
  it.each([
    [{ meeting: '2020-10-08', point: 4 }, '2020-10-08#4'],
    [{ meeting: '2027-01-14', point: null }, '2027-01-14'],
  ])('writes %j as %s and reads it back', (place, id) => {
    expect(subPageIdOf(place)).toBe(id);
    expect(placeOfSubPageId(id)).toEqual(place);
  });

  it.each([[''], [null], [undefined], ['agenda-3'], ['2020-10-08#'], ['2020-10-08#x'], ['<script>']])(
    'ignores %p',
    (id) => {
      expect(placeOfSubPageId(id)).toBeNull();
    },
  );
});

describe('the Teams deep link to a point', () => {
  const base = {
    appId: '6f1c9f3e-0000-4000-8000-00000000c0de',
    webUrl: 'https://tab.kommune.dk/?meeting=2020-10-08&point=4',
    label: 'Punkt 4: Budget & drift',
  };

  it('names the app, the tab, and the point in a channel', () => {
    const link = new URL(
      teamsPointLink({ ...base, channelId: '19:abc@thread.tacv2' }, { meeting: '2020-10-08', point: 4 }),
    );
    expect(link.origin + link.pathname).toBe(
      `https://teams.microsoft.com/l/entity/${base.appId}/${TAB_ENTITY_ID}`,
    );
    expect(link.searchParams.get('webUrl')).toBe(base.webUrl);
    expect(link.searchParams.get('label')).toBe('Punkt 4: Budget & drift');
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({
      subEntityId: '2020-10-08#4',
      channelId: '19:abc@thread.tacv2',
    });
    expect(link.search).not.toContain('+'); // spaces as %20: Teams does not read + as a space
  });

  it('names the chat for a meeting or group chat', () => {
    const link = new URL(
      teamsPointLink({ ...base, chatId: '19:meeting_x@thread.v2' }, { meeting: '2020-10-08', point: 4 }),
    );
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({
      subEntityId: '2020-10-08#4',
      chatId: '19:meeting_x@thread.v2',
      contextType: 'chat',
    });
  });
});

it('links a channel thread in Teams', () => {
  expect(teamsThreadLink('9f8e-group', '19:c@thread.tacv2', '1700000000000')).toBe(
    'https://teams.microsoft.com/l/message/19%3Ac%40thread.tacv2/1700000000000?groupId=9f8e-group&parentMessageId=1700000000000',
  );
});
