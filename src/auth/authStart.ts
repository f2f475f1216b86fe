// The page Teams opens for authentication.authenticate (auth-start.html), when the host does not
// recommend nested app auth (msteams-docs concepts/authentication/auth-flow-tab.md): in that window
// it signs in with MSAL's redirect flow (Entra returns to this same page) and hands the token to the
// tab through authentication.notifySuccess. Its settings ride in the query and, across the trip to
// Entra, in this window's sessionStorage; the token is only passed on, never stored by this page.
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { app, authentication } from '@microsoft/teams-js';
import type { TeamsAuthResult } from './teamsAuthTokenProvider';

interface AuthStartSettings {
  clientId: string;
  tenant: string;
  scopes: string[];
  loginHint: string | null;
  hostOrigins: string[];
}

declare const process: { env: Record<string, string | undefined> };

const KEY = 'chefforum.auth-start';

function settings(): AuthStartSettings {
  const query = new URLSearchParams(window.location.search);
  const clientId = query.get('clientId');
  if (clientId) {
    const given: AuthStartSettings = {
      clientId,
      tenant: query.get('tenant') || 'organizations',
      scopes: (query.get('scopes') ?? '').split(' ').filter(Boolean),
      loginHint: query.get('loginHint'),
      // Origins besides Teams' own (the simulated host of the browser tests): development builds only.
      hostOrigins: process.env.CHEFFORUM_DEVELOPMENT === 'on' ? query.getAll('hostOrigin') : [],
    };
    sessionStorage.setItem(KEY, JSON.stringify(given));
    return given;
  }
  const saved = sessionStorage.getItem(KEY);
  if (!saved) throw new Error('The sign-in page was opened without its settings.');
  return JSON.parse(saved) as AuthStartSettings;
}

async function signIn(): Promise<void> {
  const given = settings();
  await app.initialize(given.hostOrigins.length > 0 ? given.hostOrigins : undefined);
  try {
    const pca = await createStandardPublicClientApplication({
      auth: {
        clientId: given.clientId,
        authority: `https://login.microsoftonline.com/${given.tenant}`,
        redirectUri: `${window.location.origin}${window.location.pathname}`,
      },
      cache: { cacheLocation: 'sessionStorage' },
    });
    const result = await pca.handleRedirectPromise();
    if (!result) {
      await pca.acquireTokenRedirect({ scopes: given.scopes, loginHint: given.loginHint ?? undefined });
      return;
    }
    sessionStorage.removeItem(KEY);
    const answer: TeamsAuthResult = {
      accessToken: result.accessToken,
      expiresOn: result.expiresOn?.getTime() ?? Date.now(),
      scopes: given.scopes,
    };
    authentication.notifySuccess(JSON.stringify(answer));
  } catch (error) {
    sessionStorage.removeItem(KEY);
    const code = (error as { errorCode?: string }).errorCode;
    authentication.notifyFailure(code ?? (error instanceof Error ? error.message : String(error)));
  }
}

void signIn();
