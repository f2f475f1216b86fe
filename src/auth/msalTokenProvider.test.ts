// The MSAL sign-in rules with a scripted MSAL client (Entra ID is not reachable here): silent first,
// a popup only when MSAL says an interaction is needed, and a blocked popup turned into SignInNeeded.
import type { IPublicClientApplication } from '@azure/msal-browser';
import { msalTokenProvider, SignInNeeded } from './msalTokenProvider';

const ACCOUNT = { homeAccountId: 'h', username: 'sekretaer@kommune.dk' };
const interactionRequired = (error: unknown) =>
  (error as { errorCode?: string }).errorCode === 'interaction_required';

function scriptedMsal(script: { silent: 'token' | 'interaction_required'; popup: 'token' | string }) {
  const calls: string[] = [];
  let active: unknown = null;
  const pca = {
    getActiveAccount: () => active,
    getAccount: () => null,
    getAllAccounts: () => [ACCOUNT],
    setActiveAccount: (account: unknown) => void (active = account),
    async acquireTokenSilent(request: { scopes: string[] }) {
      calls.push(`silent ${request.scopes.join(' ')}`);
      if (script.silent === 'token') return { accessToken: 'silent-token', account: ACCOUNT };
      throw Object.assign(new Error('needs interaction'), { errorCode: 'interaction_required' });
    },
    async acquireTokenPopup(request: { scopes: string[] }) {
      calls.push(`popup ${request.scopes.join(' ')}`);
      if (script.popup === 'token') return { accessToken: 'popup-token', account: ACCOUNT };
      throw Object.assign(new Error(script.popup), { errorCode: script.popup });
    },
  } as unknown as IPublicClientApplication;
  return { pca, calls, active: () => active };
}

describe('the MSAL token provider', () => {
  it('gets a token silently, asking for the Graph scopes of the request', async () => {
    const msal = scriptedMsal({ silent: 'token', popup: 'token' });
    const provider = msalTokenProvider(Promise.resolve(msal.pca), { loginHint: null }, interactionRequired);
    expect(await provider.token(['Sites.Read.All'])).toBe('silent-token');
    expect(msal.calls).toEqual(['silent https://graph.microsoft.com/Sites.Read.All']);
  });

  it('opens the consent popup only when MSAL needs an interaction (a new scope), and remembers the account', async () => {
    const msal = scriptedMsal({ silent: 'interaction_required', popup: 'token' });
    const provider = msalTokenProvider(Promise.resolve(msal.pca), { loginHint: null }, interactionRequired);
    expect(await provider.token(['ChannelMessage.Send'])).toBe('popup-token');
    expect(msal.calls).toEqual([
      'silent https://graph.microsoft.com/ChannelMessage.Send',
      'popup https://graph.microsoft.com/ChannelMessage.Send',
    ]);
    expect(msal.active()).toEqual(ACCOUNT);
  });

  it.each([
    ['popup_window_error', 'popup-blocked'],
    ['empty_window_error', 'popup-blocked'],
    ['user_cancelled', 'cancelled'],
  ])('turns %s into SignInNeeded (%s), and signIn retries those scopes', async (failure, reason) => {
    const msal = scriptedMsal({ silent: 'interaction_required', popup: failure });
    const provider = msalTokenProvider(Promise.resolve(msal.pca), { loginHint: null }, interactionRequired);
    const refused = provider.token(['TeamsTab.Create']);
    await expect(refused).rejects.toBeInstanceOf(SignInNeeded);
    await expect(refused).rejects.toMatchObject({
      reason,
      scopes: ['https://graph.microsoft.com/TeamsTab.Create'],
    });
    await expect(provider.signIn()).rejects.toBeInstanceOf(SignInNeeded);
    expect(msal.calls.at(-1)).toBe('popup https://graph.microsoft.com/TeamsTab.Create');
  });

  it('passes other failures on as they are', async () => {
    const msal = scriptedMsal({ silent: 'interaction_required', popup: 'invalid_client' });
    const provider = msalTokenProvider(Promise.resolve(msal.pca), { loginHint: null }, interactionRequired);
    await expect(provider.token(['Sites.Read.All'])).rejects.toMatchObject({ errorCode: 'invalid_client' });
  });
});
