// The team a tab's Graph calls go to, in the three kinds of channel Teams hosts the tab in.
// msteams-docs tabs/how-to/access-teams-context.md ("Retrieve context in private channels": team.groupId
// is undefined; "Get context in shared channels": groupId is null, hostTeamGroupId names the host team)
// and concepts/build-and-test/shared-channels.md (channel.ownerGroupId, the table of group ids).
import type { app } from '@microsoft/teams-js';
import { toTeamsContext } from './teamsContext';

const GROUP = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';

function contextIn(
  membershipType: string,
  team: Partial<app.TeamInfo>,
  ownerGroupId: string | undefined,
): app.Context {
  return {
    app: { locale: 'da-DK', theme: 'default', sessionId: 's', host: { name: 'Teams', clientType: 'web' } },
    page: { id: 'chefforum-dagsorden', frameContext: 'content' },
    team: { internalId: '19:x@thread.tacv2', ...team },
    channel: { id: '19:kanal@thread.tacv2', membershipType, ownerGroupId },
  } as unknown as app.Context;
}

describe('the team of the channel the tab is in', () => {
  it.each([
    ['a standard channel', contextIn('Regular', { groupId: GROUP }, GROUP)],
    ['a private channel (groupId undefined)', contextIn('Private', {}, GROUP)],
    ['a shared channel (groupId null)', contextIn('Shared', { groupId: null as unknown as string }, GROUP)],
  ])('is the owner team’s group id in %s', (_kind, context) => {
    expect(toTeamsContext(context).teamId).toBe(GROUP);
  });

  it('is unknown when Teams names no group at all (a chat or personal tab)', () => {
    const personal = { ...contextIn('Regular', {}, undefined), team: undefined, channel: undefined };
    expect(toTeamsContext(personal as app.Context).teamId).toBeNull();
  });
});
