// Sign-in with MSAL Browser: nested app authentication inside Teams (the host brokers tokens and
// consent), standard MSAL with a popup in a plain browser or a host without NAA. Tokens live in session
// storage, never in localStorage. Each request asks for its own scopes (graph/scopesFor), so consent
// is asked for when the user first needs it; when only an interaction can give a token and no popup
// may open (no click behind it, or it was blocked), the provider fails with `SignInNeeded` and the UI
// offers a button whose click runs `signIn`.
import type {
  AccountInfo,
  AuthenticationResult,
  Configuration,
  IPublicClientApplication,
} from '@azure/msal-browser';
import { FailureError, type SignInReason } from '../domain/failure';

export interface MsalSettings {
  clientId: string;
  /** The tenant id from the Teams context, else "organizations". */
  tenantId: string;
  /** The redirect-bridge page of this app (redirect.html), used by the popup in a plain browser. */
  redirectUri: string;
  /** Inside Teams with a NAA-capable host (`nestedAppAuth.isNAAChannelRecommended()`). */
  nested: boolean;
  /** The Teams user, to pick the account without asking. */
  loginHint: string | null;
}

/** No token without an interaction the browser did not allow: the user must press "Log ind". */
export class SignInNeeded extends FailureError {
  constructor(
    readonly scopes: string[],
    readonly reason: SignInReason,
  ) {
    super({ code: 'sign-in-needed', reason }, `Signing in is needed for ${scopes.join(' ')} (${reason}).`);
    this.name = 'SignInNeeded';
  }
}

const GRAPH = 'https://graph.microsoft.com/';

/** Graph scopes in the full form Entra and MSAL take them (`https://graph.microsoft.com/Sites.Read.All`). */
export const graphScopes = (scopes: readonly string[]): string[] =>
  scopes.map((scope) => (scope.includes('/') ? scope : GRAPH + scope));

/**
 * The scopes of the tab's first token request, which nested app auth prefetches: the manifest's
 * webApplicationInfo.nestedAppAuthInfo scopes must equal them, order included (schema
 * root-web-application-info-nested-app-auth-info), so both are made from this one list.
 */
export const FIRST_TOKEN_SCOPES: readonly string[] = graphScopes(['Files.Read.All', 'Sites.Read.All']);

const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error']);

/** MSAL's client, loaded only when a tenant sign-in is used (it is not in the first bundle). */
export async function createMsal(settings: MsalSettings): Promise<IPublicClientApplication> {
  const msal = await import('@azure/msal-browser');
  const configuration: Configuration = {
    auth: {
      clientId: settings.clientId,
      authority: `https://login.microsoftonline.com/${settings.tenantId}`,
      redirectUri: settings.redirectUri,
    },
    cache: { cacheLocation: 'sessionStorage' },
  };
  return settings.nested
    ? msal.createNestablePublicClientApplication(configuration)
    : msal.createStandardPublicClientApplication(configuration);
}

export interface InteractiveTokenProvider {
  /** For the Graph client: silent when it can be, a popup when MSAL needs one. */
  token: (scopes?: string[]) => Promise<string>;
  /** Runs the interaction for what last failed; call it from a click. */
  signIn: () => Promise<void>;
}

export function msalTokenProvider(
  client: Promise<IPublicClientApplication>,
  settings: Pick<MsalSettings, 'loginHint'>,
  isInteractionRequired: (error: unknown) => boolean,
): InteractiveTokenProvider {
  let wanted: string[] = [];
  // The first request asks for exactly the prefetched scopes when the first Graph call needs no more,
  // so the host's prefetched token answers it; requests made meanwhile wait for it, then find its token.
  let first: Promise<unknown> | null = null;
  const opening = (scopes: string[]) => {
    const asked = graphScopes(scopes);
    return asked.every((scope) => FIRST_TOKEN_SCOPES.includes(scope)) ? [...FIRST_TOKEN_SCOPES] : asked;
  };
  const account = (pca: IPublicClientApplication): AccountInfo | null =>
    pca.getActiveAccount() ??
    (settings.loginHint ? pca.getAccount({ loginHint: settings.loginHint }) : null) ??
    pca.getAllAccounts()[0] ??
    null;
  const interactive = async (
    pca: IPublicClientApplication,
    scopes: string[],
  ): Promise<AuthenticationResult> => {
    try {
      const result = await pca.acquireTokenPopup({ scopes, loginHint: settings.loginHint ?? undefined });
      pca.setActiveAccount(result.account);
      return result;
    } catch (error) {
      const code = (error as { errorCode?: string }).errorCode ?? '';
      if (POPUP_BLOCKED.has(code)) throw new SignInNeeded(scopes, 'popup-blocked');
      if (code === 'user_cancelled') throw new SignInNeeded(scopes, 'cancelled');
      throw error;
    }
  };
  return {
    async token(scopes = []) {
      if (first === null) {
        const request = acquire(opening(scopes));
        first = request.catch(() => undefined);
        return request;
      }
      await first;
      return acquire(graphScopes(scopes));
    },
    async signIn() {
      await interactive(await client, wanted.length > 0 ? wanted : [...FIRST_TOKEN_SCOPES]);
    },
  };

  async function acquire(asked: string[]): Promise<string> {
    const pca = await client;
    wanted = asked;
    const known = account(pca);
    if (known) {
      try {
        return (await pca.acquireTokenSilent({ scopes: asked, account: known })).accessToken;
      } catch (error) {
        if (!isInteractionRequired(error)) throw error;
      }
    }
    return (await interactive(pca, asked)).accessToken;
  }
}
