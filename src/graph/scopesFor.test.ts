// Each Graph call the app makes asks for its least delegated permission (REFERENCE.md §3).
import { scopesFor, scopesForBatch } from './scopesFor';

describe('the scopes a request needs', () => {
  // prettier-ignore
  it.each([
    ['GET', '/v1.0/teams/t/channels/19%3Ac%40thread.tacv2/filesFolder', ['Files.Read.All']],
    ['GET', '/v1.0/drives/b!x/items/i/children?$top=200', ['Files.Read.All']],
    ['GET', 'https://graph.microsoft.com/v1.0/groups/g/sites/root', ['Sites.Read.All']],
    ['GET', '/v1.0/sites/s/lists/Chefforum%20beslutninger', ['Sites.Read.All']],
    ['GET', '/v1.0/sites/s/lists/l/items?$expand=fields&$filter=x', ['Sites.Read.All']],
    ['POST', '/v1.0/sites/s/lists', ['Sites.Manage.All']],
    ['POST', '/v1.0/sites/s/lists/l/items', ['Sites.ReadWrite.All']],
    ['PATCH', '/v1.0/sites/s/lists/l/items/7/fields', ['Sites.ReadWrite.All']],
    ['PUT', '/v1.0/drives/b!x/items/f:/Referat%20Chefforum%2014-01-2027.docx:/content?@microsoft.graph.conflictBehavior=fail', ['Sites.ReadWrite.All']],
    ['PUT', '/v1.0/drives/b!x/items/i/content', ['Sites.ReadWrite.All']],
    ['POST', '/v1.0/teams/t/channels/c/messages', ['ChannelMessage.Send']],
    ['POST', '/v1.0/teams/t/channels/c/messages/m/replies', ['ChannelMessage.Send']],
    ['GET', '/v1.0/teams/t/channels/c/messages/m/replies', ['ChannelMessage.Read.All']],
    ['POST', '/v1.0/teams/t/channels/c/tabs', ['TeamsTab.Create']],
    ['GET', '/v1.0/teams/t/channels/c/tabs', ['TeamsTab.Read.All']],
    ['GET', "/v1.0/teams/t/installedApps?$expand=teamsApp&$filter=teamsApp/externalId eq 'x'", ['TeamsAppInstallation.ReadForTeam']],
    ['POST', '/v1.0/chats/19%3Ameeting/pinnedMessages', ['ChatMessage.Send']],
    ['GET', '/v1.0/chats/c/messages?$top=50', ['Chat.Read']],
    ['GET', '/v1.0/something/else', ['Files.Read.All', 'Sites.Read.All']],
  ])('%s %s → %j', (method, path, scopes) => {
    expect(scopesFor(method, path)).toEqual(scopes);
  });

  it('gives a $batch the scopes of all its requests', () => {
    expect(
      scopesForBatch([
        { method: 'POST', url: '/sites/s/lists/l/items' },
        { method: 'GET', url: '/sites/s/lists/l/items?$filter=x' },
        { method: 'POST', url: '/sites/s/lists/l/items' },
      ]),
    ).toEqual(['Sites.Read.All', 'Sites.ReadWrite.All']);
  });
});
