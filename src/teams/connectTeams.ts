// The tab's link to its Teams host through teams-js: initialised first (NAA needs its bridge), then the
// context, the live theme, the configuration page's events and deep links. Outside Teams (a top-level
// window) teams-js is never even loaded, and the tab runs standalone.
import type { app as teamsApp } from '@microsoft/teams-js';
import { type TeamsContext, toTeamsContext } from './teamsContext';

/** A configured tab instance, as pages.config.setConfig takes it. */
export interface TabInstance {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
  removeUrl?: string;
}

/** A point's deep link, and what Teams' share dialog needs to make one itself. */
export interface PointLinkToCopy {
  url: string;
  subPageId: string;
  label: string;
  webUrl: string;
}

export interface TeamsHost {
  context: TeamsContext;
  /** Whether MSAL should use nested app authentication (the host brokers tokens). */
  nestedAuthRecommended: boolean;
  onThemeChange(handler: (theme: string) => void): void;
  /** The configuration page: enable Save, answer Save with the instance to store, and removal. */
  setConfigValid(valid: boolean): void;
  onConfigSave(save: () => Promise<TabInstance>): void;
  onRemove(remove: () => Promise<void>): void;
  openLink(url: string): Promise<void>;
  /**
   * Teams frames the tab without clipboard-write, so navigator.clipboard fails (teams-js issues #738,
   * #1402): the link goes through teams-js clipboard.write where the host supports it ('copied'), else
   * through pages.shareDeepLink, whose dialog lets the user copy it ('shared').
   */
  copyPointLink(link: PointLinkToCopy): Promise<'copied' | 'shared'>;
  /**
   * authentication.authenticate: a window Teams opens itself on `url` (a page of this app), resolving
   * with what that page passes to authentication.notifySuccess (msteams-docs
   * concepts/authentication/auth-flow-tab.md), for hosts that do not recommend nested app auth.
   */
  authenticate(url: string): Promise<string>;
}

// How long to wait for a host before giving up: a page framed by something other than Teams would
// otherwise wait out teams-js's own 60 s.
const INITIALIZE_TIMEOUT_MS = 8000;

type TeamsJs = typeof import('@microsoft/teams-js');

/** Whether a host answered teams-js's initialize in time. */
async function initialized(teams: TeamsJs, validMessageOrigins: string[]): Promise<boolean> {
  try {
    await Promise.race([
      teams.app.initialize(validMessageOrigins.length > 0 ? validMessageOrigins : undefined),
      new Promise((_resolve, reject) =>
        setTimeout(() => reject(new Error('no Teams host answered')), INITIALIZE_TIMEOUT_MS),
      ),
    ]);
    return true;
  } catch {
    return false;
  }
}

function isNestedAuthRecommended(teams: TeamsJs): boolean {
  try {
    return teams.nestedAppAuth.isNAAChannelRecommended();
  } catch {
    return false; // an older host: MSAL's popup flow instead
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The configuration page's part of the host: validity, Save and removal. */
function configPage(teams: TeamsJs): Pick<TeamsHost, 'setConfigValid' | 'onConfigSave' | 'onRemove'> {
  return {
    setConfigValid: (valid) => teams.pages.config.setValidityState(valid),
    onConfigSave(save) {
      teams.pages.config.registerOnSaveHandler((event) => {
        save()
          .then((instance) => teams.pages.config.setConfig(instance))
          .then(() => event.notifySuccess())
          .catch((error: unknown) => event.notifyFailure(messageOf(error)));
      });
    },
    onRemove(remove) {
      teams.pages.config.registerOnRemoveHandler((event) => {
        remove()
          .then(() => event.notifySuccess())
          .catch((error: unknown) => event.notifyFailure(messageOf(error)));
      });
    },
  };
}

async function copyPointLink(teams: TeamsJs, link: PointLinkToCopy): Promise<'copied' | 'shared'> {
  if (teams.clipboard.isSupported()) {
    try {
      await teams.clipboard.write(new Blob([link.url], { type: 'text/plain' }));
      return 'copied';
    } catch {
      // the host refused the write: its share dialog still gives the user the link
    }
  }
  teams.pages.shareDeepLink({
    subPageId: link.subPageId,
    subPageLabel: link.label,
    subPageWebUrl: link.webUrl,
  });
  return 'shared';
}

/** The Teams host, or null outside Teams (top-level window, or no host answering in time). */
export async function connectTeams(validMessageOrigins: string[] = []): Promise<TeamsHost | null> {
  if (window.self === window.top) return null;
  const teams = await import('@microsoft/teams-js');
  if (!(await initialized(teams, validMessageOrigins))) return null;
  const context = toTeamsContext((await teams.app.getContext()) as teamsApp.Context);
  const nestedAuthRecommended = isNestedAuthRecommended(teams);
  teams.app.notifySuccess();
  return {
    context,
    nestedAuthRecommended,
    onThemeChange: (handler) => teams.app.registerOnThemeChangeHandler(handler),
    ...configPage(teams),
    openLink: (url) => teams.app.openLink(url),
    copyPointLink: (link) => copyPointLink(teams, link),
    authenticate: (url) => teams.authentication.authenticate({ url, width: 600, height: 535 }),
  };
}
