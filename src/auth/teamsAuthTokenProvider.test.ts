// Sign-in where Teams does not recommend nested app auth: no popup of the tab's own (Teams blocks it),
// but teams-js authentication.authenticate on the app's auth page, from a click, its token kept in
// memory (msteams-docs concepts/authentication/auth-flow-tab.md).
import { SignInNeeded } from './msalTokenProvider';
import { teamsAuthTokenProvider } from './teamsAuthTokenProvider';

const HOUR = 3_600_000;

function scriptedTeams(answer: () => Promise<string>) {
  const opened: string[] = [];
  const authenticate = async (url: string) => {
    opened.push(url);
    return answer();
  };
  const startUrl = (scopes: string[]) => `https://tab.example/auth-start.html?scopes=${scopes.join(' ')}`;
  return { opened, authenticate, startUrl };
}

const granted = (scopes: string[], expiresOn = 10 * HOUR) =>
  JSON.stringify({ accessToken: `token for ${scopes.join(' ')}`, expiresOn, scopes });

describe('signing in through authentication.authenticate', () => {
  it('asks for a click first, then opens the auth page in Teams’ window and uses its token', async () => {
    const teams = scriptedTeams(async () => granted(['https://graph.microsoft.com/Files.Read.All']));
    const provider = teamsAuthTokenProvider(teams.authenticate, teams.startUrl, () => 0);
    await expect(provider.token(['Files.Read.All'])).rejects.toBeInstanceOf(SignInNeeded);
    expect(teams.opened).toEqual([]); // nothing opened without the user's click
    await provider.signIn();
    expect(teams.opened).toEqual([
      'https://tab.example/auth-start.html?scopes=https://graph.microsoft.com/Files.Read.All',
    ]);
    expect(await provider.token(['Files.Read.All'])).toBe(
      'token for https://graph.microsoft.com/Files.Read.All',
    );
  });

  it('asks again for a scope the token lacks, and for a token about to expire', async () => {
    let now = 0;
    const teams = scriptedTeams(async () => granted(['Files.Read.All'], HOUR));
    const provider = teamsAuthTokenProvider(teams.authenticate, teams.startUrl, () => now);
    await provider.token(['Files.Read.All']).catch(() => undefined);
    await provider.signIn();
    await expect(provider.token(['ChannelMessage.Send'])).rejects.toMatchObject({
      scopes: ['https://graph.microsoft.com/ChannelMessage.Send'],
    });
    now = HOUR - 30_000;
    await expect(provider.token(['Files.Read.All'])).rejects.toBeInstanceOf(SignInNeeded);
  });

  it.each([
    ['CancelledByUser', 'cancelled'],
    ['FailedToOpenWindow', 'popup-blocked'],
  ])('turns Teams’ %s into SignInNeeded (%s)', async (reason, expected) => {
    const teams = scriptedTeams(async () => Promise.reject(new Error(reason)));
    const provider = teamsAuthTokenProvider(teams.authenticate, teams.startUrl, () => 0);
    await expect(provider.signIn()).rejects.toMatchObject({ reason: expected });
  });

  it('keeps no token in localStorage', async () => {
    const teams = scriptedTeams(async () => granted(['Files.Read.All']));
    const provider = teamsAuthTokenProvider(teams.authenticate, teams.startUrl, () => 0);
    const setItem = jest.fn();
    Object.defineProperty(globalThis, 'localStorage', { value: { setItem }, configurable: true });
    await provider.signIn();
    await provider.token(['Files.Read.All']);
    expect(setItem).not.toHaveBeenCalled();
  });
});
