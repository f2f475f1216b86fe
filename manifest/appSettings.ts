// The settings a Teams app package is made from, read from the environment with a clear message for
// each one that is missing or malformed.

export interface AppSettings {
  /** The Teams app id (a GUID of our own, stable across versions). */
  appId: string;
  /** Where the tab is served, https only (Teams loads nothing else). */
  hostUrl: URL;
  /** The Entra ID (Azure AD) application (client) id used for sign-in. */
  clientId: string;
  version: string;
}

export const SETTING_NAMES = {
  appId: 'CHEFFORUM_APP_ID',
  hostUrl: 'CHEFFORUM_HOST_URL',
  clientId: 'CHEFFORUM_CLIENT_ID',
} as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class AppSettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cannot build the Teams app package:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'AppSettingsError';
  }
}

/** Reads and checks every setting, reporting all problems at once rather than the first. */
export function readAppSettings(env: Record<string, string | undefined>, version: string): AppSettings {
  const problems: string[] = [];
  const guid = (name: string): string => {
    const value = env[name]?.trim() ?? '';
    if (value === '') problems.push(`${name} is not set: give a GUID.`);
    else if (!GUID.test(value)) problems.push(`${name} is "${value}", which is not a GUID.`);
    return value;
  };
  const appId = guid(SETTING_NAMES.appId);
  const clientId = guid(SETTING_NAMES.clientId);
  const hostUrl = httpsUrl(env[SETTING_NAMES.hostUrl], problems);
  if (problems.length > 0 || hostUrl === null) throw new AppSettingsError(problems);
  return { appId, clientId, hostUrl, version };
}

function httpsUrl(raw: string | undefined, problems: string[]): URL | null {
  const name = SETTING_NAMES.hostUrl;
  if (!raw?.trim()) {
    problems.push(`${name} is not set: give the https address the tab is served from.`);
    return null;
  }
  try {
    const url = new URL(raw.trim());
    if (url.protocol === 'https:') return url;
    problems.push(`${name} is "${raw}": Teams only loads tabs over https.`);
  } catch {
    problems.push(`${name} is "${raw}", which is not a URL.`);
  }
  return null;
}
