// Sign-in for the tab: a development token, or MSAL (nested in Teams, popup outside), or Teams'
// authentication window where the host does not recommend nested app auth.
import { devTokenProvider } from '../../auth/devTokenProvider';
import { createMsal, msalTokenProvider } from '../../auth/msalTokenProvider';
import { teamsAuthTokenProvider } from '../../auth/teamsAuthTokenProvider';
import type { TeamsHost } from '../../teams/connectTeams';
import type { AppConfig } from './appConfig';
import type { TabAddress } from './tabWiring';

// MSAL reports "ask the user" with these (its InteractionRequiredAuthError and its codes).
const INTERACTION = new Set([
  'interaction_required',
  'consent_required',
  'login_required',
  'no_account_error',
]);
const needsInteraction = (error: unknown) =>
  (error as { name?: string }).name === 'InteractionRequiredAuthError' ||
  INTERACTION.has((error as { errorCode?: string }).errorCode ?? '');

/** The auth page Teams opens for authentication.authenticate, with what it needs to sign in. */
export function authStartUrl(
  origin: string,
  sign: { clientId: string; tenantId: string; loginHint: string | null; hostOrigins: string[] },
  scopes: string[],
): string {
  const url = new URL('/auth-start.html', origin);
  url.searchParams.set('clientId', sign.clientId);
  url.searchParams.set('tenant', sign.tenantId);
  url.searchParams.set('scopes', scopes.join(' '));
  if (sign.loginHint) url.searchParams.set('loginHint', sign.loginHint);
  for (const hostOrigin of sign.hostOrigins) url.searchParams.append('hostOrigin', hostOrigin);
  return url.toString();
}

export function tokenSource(config: AppConfig, host: TeamsHost | null, address: TabAddress) {
  const origin = address.origin;
  if (config.devUser) return { token: devTokenProvider(config.devUser), signIn: null };
  if (config.clientId && host && !host.nestedAuthRecommended) {
    // Teams blocks a popup opened from its iframe: it opens the sign-in window itself.
    const sign = {
      clientId: config.clientId,
      tenantId: host.context.tenantId ?? 'organizations',
      loginHint: host.context.loginHint,
      hostOrigins: address.hostOrigins,
    };
    const provider = teamsAuthTokenProvider(
      (url) => host.authenticate(url),
      (scopes) => authStartUrl(origin, sign, scopes),
      () => Date.now(),
    );
    return { token: provider.token, signIn: provider.signIn };
  }
  if (config.clientId) {
    const settings = {
      clientId: config.clientId,
      tenantId: host?.context.tenantId ?? 'organizations',
      redirectUri: `${origin}/redirect.html`,
      nested: host?.nestedAuthRecommended ?? false,
      loginHint: host?.context.loginHint ?? null,
    };
    const provider = msalTokenProvider(createMsal(settings), settings, needsInteraction);
    return { token: provider.token, signIn: provider.signIn };
  }
  return {
    token: async () => Promise.reject(new Error('sign-in is not set up in this build (CHEFFORUM_CLIENT_ID)')),
    signIn: null,
  };
}
