// The MSAL sign-in rules with a scripted MSAL client (Entra ID is not reachable here): silent first,
// a popup only when MSAL says an interaction is needed, and a blocked popup turned into SignInNeeded.
import type { IPublicClientApplication } from '@azure/msal-browser';
import { readAppSettings } from '../../manifest/appSettings';
import { buildManifest } from '../../manifest/buildManifest';
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
    await provider.token(['Sites.Read.All']); // the first request: the prefetched scopes (below)
    expect(await provider.token(['Sites.ReadWrite.All'])).toBe('silent-token');
    expect(msal.calls.at(-1)).toBe('silent https://graph.microsoft.com/Sites.ReadWrite.All');
  });

  // The manifest's webApplicationInfo.nestedAppAuthInfo scopes are prefetched by the host; "Order must
  // match that of the proceeding NAA request in the app" (schema root-web-application-info-nested-app-
  // auth-info, learn.microsoft.com/microsoft-365/extensibility/schema).
  it.each([[['Files.Read.All']], [['Sites.Read.All']], [['Sites.Read.All', 'Files.Read.All']]])(
    'makes its first request (for %j) with exactly the manifest’s prefetch scopes, in their order',
    async (firstNeed) => {
      const msal = scriptedMsal({ silent: 'token', popup: 'token' });
      const provider = msalTokenProvider(Promise.resolve(msal.pca), { loginHint: null }, interactionRequired);
      await Promise.all([provider.token(firstNeed), provider.token(['Sites.Read.All'])]);
      const manifest = buildManifest(
        readAppSettings(
          {
            CHEFFORUM_APP_ID: '0b9c2f3e-8f43-4d7a-9a55-1c2d3e4f5a6b',
            CHEFFORUM_CLIENT_ID: '5f1d2c3b-4a59-4e6f-8071-92a3b4c5d6e7',
            CHEFFORUM_HOST_URL: 'https://chefforum.example.dk/',
          },
          '1.0.0',
        ),
      ) as { webApplicationInfo: { nestedAppAuthInfo: { scopes: string[] }[] } };
      const prefetched = manifest.webApplicationInfo.nestedAppAuthInfo[0]!.scopes;
      expect(msal.calls[0]).toBe(`silent ${prefetched.join(' ')}`);
    },
  );

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
