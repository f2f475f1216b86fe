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
}

// How long to wait for a host before giving up: a page framed by something other than Teams would
// otherwise wait out teams-js's own 60 s.
const INITIALIZE_TIMEOUT_MS = 8000;

/** The Teams host, or null outside Teams (top-level window, or no host answering in time). */
export async function connectTeams(validMessageOrigins: string[] = []): Promise<TeamsHost | null> {
  if (window.self === window.top) return null;
  const teams = await import('@microsoft/teams-js');
  try {
    await Promise.race([
      teams.app.initialize(validMessageOrigins.length > 0 ? validMessageOrigins : undefined),
      new Promise((_resolve, reject) =>
        setTimeout(() => reject(new Error('no Teams host answered')), INITIALIZE_TIMEOUT_MS),
      ),
    ]);
  } catch {
    return null;
  }
  const context = toTeamsContext((await teams.app.getContext()) as teamsApp.Context);
  let nestedAuthRecommended = false;
  try {
    nestedAuthRecommended = teams.nestedAppAuth.isNAAChannelRecommended();
  } catch {
    nestedAuthRecommended = false; // an older host: MSAL's popup flow instead
  }
  teams.app.notifySuccess();
  return {
    context,
    nestedAuthRecommended,
    onThemeChange: (handler) => teams.app.registerOnThemeChangeHandler(handler),
    setConfigValid: (valid) => teams.pages.config.setValidityState(valid),
    onConfigSave(save) {
      teams.pages.config.registerOnSaveHandler((event) => {
        save()
          .then((instance) => teams.pages.config.setConfig(instance))
          .then(() => event.notifySuccess())
          .catch((error: unknown) =>
            event.notifyFailure(error instanceof Error ? error.message : String(error)),
          );
      });
    },
    onRemove(remove) {
      teams.pages.config.registerOnRemoveHandler((event) => {
        remove()
          .then(() => event.notifySuccess())
          .catch((error: unknown) =>
            event.notifyFailure(error instanceof Error ? error.message : String(error)),
          );
      });
    },
    openLink: (url) => teams.app.openLink(url),
  };
}
