/**
 * A simulated Microsoft Teams host for browser tests (no Teams client exists here).
 *
 * `startTeamsHost()` serves, on 127.0.0.1 and a free port:
 *   /host.html?tab=<encoded tab url>&context=<encoded JSON>&frameContext=content|settings|sidePanel|meetingStage|remove&width=<px>
 *       frames the tab in <iframe id="tab"> (width px wide, or 100%; full height) and runs /host.js,
 *       which answers @microsoft/teams-js's postMessage protocol the way the Teams web client does.
 *       `context` holds the *legacy* (flat) context fields teams-js maps into app.Context:
 *       locale, theme, entityId, subEntityId, groupId, teamId, teamName, channelId, channelName,
 *       chatId, meetingId, loginHint, userObjectId, userPrincipalName, tid, appSessionId, …
 *       (frameContext and hostClientType 'web' are filled in by the host). A private channel's context
 *       has no groupId, a shared one's groupId null; both name the owner team as hostTeamGroupId.
 *     &naa=1&naaToken=<token>  a host that recommends nested app authentication
 *       (nestedAppAuth.isNAAChannelRecommended() true) and brokers MSAL's requests, answering each
 *       token request with naaToken; without it, a host where the tab signs in through
 *       authentication.authenticate (a window the host opens, back through notifySuccess).
 *     &hostClipboard=0  a host without teams-js's clipboard capability.
 *   The tab's iframe never has clipboard-write in its allow attribute, as in Teams, so
 *   navigator.clipboard.writeText fails inside it.
 *   /host.js        the host script (host.js beside this file).
 *   /teams-js.js    node_modules/@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js (global microsoftTeams).
 *   /test-tab.html  a tiny tab (testTab.html) used by teamsHostSimulator.test.ts.
 *
 * Messages the host answers (requests are {id, uuidAsString, func, args, apiVersionTag, timestamp};
 * answers are {id, uuidAsString, args}; host events are {func, args}):
 *   initialize                  → [frameContext, 'web', runtime config JSON (apiVersion 4; app, pages,
 *                                  pages.config/tabs/appButton/backStack/currentApp, sharing, dialog,
 *                                  teamsCore supported), the tab's own teams-js version]
 *   getContext                  → [legacy context]
 *   settings.setSettings        → [true]; remembered as savedConfig()        (pages.config.setConfig)
 *   settings.getSettings        → [savedConfig or {}]                         (pages.getConfig)
 *   executeDeepLink             → [true]; recorded in openedLinks()           (app.openLink)
 *   appInitialization.success   → [undefined]                                 (app.notifySuccess)
 *   nestedAppAuth.execute       → (naa=1) MSAL's bridge answer: init context, then a token; recorded
 *                                  as naaRequests() ({method, scope})
 *   authentication.authenticate → opens the URL in a popup; its page's initialize is answered with frame
 *                                  context 'authentication', and its notifySuccess/notifyFailure (or its
 *                                  closing) answers the tab [true, result] / [false, reason]
 *   clipboard.writeToClipboard  → [undefined, undefined]; the text recorded in clipboardWrites()
 *   recorded, not answered: registerHandler (handlers()), settings.setValidityState (validity()),
 *   shareDeepLink (deepLinks()), settings.save.success/failure and settings.remove.success/failure
 *   (settle save()/remove()), appInitialization.appLoaded/failure/expectedFailure.
 *   Anything else is recorded in unhandled() and left unanswered.
 * Events the host sends: themeChange [theme], settings.save [{}], settings.remove [], or any via sendEvent.
 *
 * window.teamsHost on the host page (call with page.evaluate):
 *   setTheme(theme)            sends themeChange; later getContext answers carry the new theme
 *   save(saveParameters?)      sends settings.save; resolves with the config the tab passed to setConfig,
 *                              rejects with the tab's failure reason (or after 10 s without an answer)
 *   remove()                   sends settings.remove; resolves/rejects likewise
 *   sendEvent(func, args)      any other host event
 *   initialized()              whether the tab's initialize arrived
 *   messages()                 funcs received, in order;  log() the same with their args
 *   unhandled(), handlers(), savedConfig(), validity(), deepLinks() ({subPageId, subPageLabel,
 *   subPageWebUrl}[]), openedLinks()
 *
 * Use:
 *   const host = await startTeamsHost();
 *   const tab = `${appUrl}?…`; // pass the host origin (new URL(host.url).origin) to app.initialize
 *   await page.goto(hostPageUrl(host.url, { tab, frameContext: 'settings', context: { locale: 'da-DK' } }));
 *   await page.frameLocator('#tab').getByText('…').waitFor();
 *   const config = await page.evaluate(() => teamsHost.save()); // declare const teamsHost: TeamsHostApi;
 *   await host.close();
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../../..');

const FILES: Record<string, { file: string; type: string }> = {
  '/host.js': { file: path.join(__dirname, 'host.js'), type: 'text/javascript; charset=utf-8' },
  '/teams-js.js': {
    file: path.join(repoRoot, 'node_modules/@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
  '/test-tab.html': { file: path.join(__dirname, 'testTab.html'), type: 'text/html; charset=utf-8' },
};

const HOST_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Simulated Teams host</title>
    <style>html, body { margin: 0; height: 100%; overflow: hidden; }</style>
  </head>
  <body>
    <script src="/host.js"></script>
  </body>
</html>
`;

export type FrameContext = 'content' | 'settings' | 'sidePanel' | 'meetingStage' | 'remove';

/** The legacy (flat) context fields the host answers getContext with; teams-js maps them into app.Context. */
export interface LegacyContext {
  locale?: string;
  theme?: string;
  entityId?: string;
  subEntityId?: string;
  /** Undefined in a private channel, null in a shared one (msteams-docs tabs/how-to/access-teams-context.md). */
  groupId?: string | null;
  /** 'Regular' | 'Private' | 'Shared'; teams-js gives it as channel.membershipType. */
  channelType?: string;
  /** The owner (host) team's group id, teams-js's channel.ownerGroupId. */
  hostTeamGroupId?: string;
  hostTeamTenantId?: string;
  teamId?: string;
  teamName?: string;
  channelId?: string;
  channelName?: string;
  chatId?: string;
  meetingId?: string;
  loginHint?: string;
  userObjectId?: string;
  userPrincipalName?: string;
  tid?: string;
  appSessionId?: string;
  [field: string]: unknown;
}

export interface TeamsHost {
  url: string;
  close(): Promise<void>;
}

/** The address of the host page framing `tab`. */
export function hostPageUrl(
  hostUrl: string,
  options: {
    tab: string;
    context?: LegacyContext;
    frameContext?: FrameContext;
    width?: number;
    /** A host recommending nested app authentication, brokering tokens with this one. */
    naaToken?: string;
    hostClipboard?: boolean;
  },
): string {
  const query = new URLSearchParams({ tab: options.tab });
  if (options.naaToken !== undefined) query.set('naa', '1');
  if (options.naaToken) query.set('naaToken', options.naaToken);
  if (options.hostClipboard === false) query.set('hostClipboard', '0');
  if (options.context) query.set('context', JSON.stringify(options.context));
  if (options.frameContext) query.set('frameContext', options.frameContext);
  if (options.width !== undefined) query.set('width', String(options.width));
  return new URL(`/host.html?${query.toString()}`, hostUrl).toString();
}

export async function startTeamsHost(): Promise<TeamsHost> {
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/host.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HOST_PAGE);
      return;
    }
    const served = FILES[pathname];
    if (!served) {
      response.writeHead(404).end();
      return;
    }
    void readFile(served.file)
      .then((body) => response.writeHead(200, { 'content-type': served.type }).end(body))
      .catch(() => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * window.teamsHost on the host page. In a test file: `declare const teamsHost: TeamsHostApi;` (module scope),
 * then `await page.evaluate(() => teamsHost.save())`.
 */
export interface TeamsHostApi {
  setTheme(theme: string): void;
  save(saveParameters?: Record<string, unknown>): Promise<Record<string, unknown> | undefined>;
  remove(): Promise<void>;
  sendEvent(func: string, args?: unknown[]): void;
  initialized(): boolean;
  messages(): string[];
  log(): { func: string; args: unknown[] }[];
  unhandled(): string[];
  handlers(): string[];
  savedConfig(): Record<string, unknown> | undefined;
  validity(): boolean | undefined;
  deepLinks(): { subPageId?: string; subPageLabel?: string; subPageWebUrl?: string }[];
  openedLinks(): string[];
  clipboardWrites(): { mimeType: string; text: string }[];
  naaRequests(): { method: string; scope: string }[];
  authWindows(): string[];
}
