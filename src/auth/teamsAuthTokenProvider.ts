// Sign-in where Teams does not recommend nested app authentication: Teams blocks a popup opened from
// inside its iframe, so the tab asks Teams to open one (teams-js authentication.authenticate) on this
// app's auth page, which signs in with MSAL's redirect flow and hands the token back through
// authentication.notifySuccess (msteams-docs concepts/authentication/auth-flow-tab.md). The token is
// kept in this closure only: never in localStorage.
import { graphScopes, type InteractiveTokenProvider, SignInNeeded } from './msalTokenProvider';

/** What the auth page passes to notifySuccess, as JSON. */
export interface TeamsAuthResult {
  accessToken: string;
  /** Milliseconds since the epoch. */
  expiresOn: number;
  scopes: string[];
}

// A token this close to its end is not handed out: a request could outlive it.
const MARGIN_MS = 60_000;

export function parseTeamsAuthResult(text: string): TeamsAuthResult {
  const value = JSON.parse(text) as Partial<TeamsAuthResult>;
  if (
    typeof value.accessToken !== 'string' ||
    typeof value.expiresOn !== 'number' ||
    !Array.isArray(value.scopes)
  )
    throw new Error('The sign-in window answered without a token.');
  return { accessToken: value.accessToken, expiresOn: value.expiresOn, scopes: value.scopes.map(String) };
}

export function teamsAuthTokenProvider(
  authenticate: (url: string) => Promise<string>,
  startUrl: (scopes: string[]) => string,
  now: () => number,
): InteractiveTokenProvider {
  const held: TeamsAuthResult[] = [];
  let wanted: string[] = [];
  const covers = (result: TeamsAuthResult, scopes: string[]) => {
    const granted = new Set(graphScopes(result.scopes).map((scope) => scope.toLowerCase()));
    return result.expiresOn - MARGIN_MS > now() && scopes.every((scope) => granted.has(scope.toLowerCase()));
  };
  return {
    async token(scopes = []) {
      const asked = graphScopes(scopes);
      const result = held.find((each) => covers(each, asked));
      if (result) return result.accessToken;
      // Teams opens its window only from a click (a popup blocker stops it otherwise): ask for one.
      wanted = asked;
      throw new SignInNeeded(asked, 'interaction-required');
    },
    async signIn() {
      const asked = wanted.length > 0 ? wanted : graphScopes(['Files.Read.All', 'Sites.Read.All']);
      let answer: string;
      try {
        answer = await authenticate(startUrl(asked));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new SignInNeeded(asked, /FailedToOpenWindow/i.test(reason) ? 'popup-blocked' : 'cancelled');
      }
      held.unshift(parseTeamsAuthResult(answer));
    },
  };
}
