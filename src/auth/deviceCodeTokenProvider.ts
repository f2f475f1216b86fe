// Sign-in for the `referat` command against a real tenant: MSAL Node's device-code flow (the user opens
// the printed address on any device and types the code). Tokens stay in this process's memory; later
// calls renew silently from MSAL's in-memory cache.
import type { AuthenticationResult, DeviceCodeRequest, SilentFlowRequest } from '@azure/msal-node';

/** The part of MSAL Node's PublicClientApplication that the device-code sign-in uses. */
export interface DeviceCodeClient {
  acquireTokenByDeviceCode(request: DeviceCodeRequest): Promise<AuthenticationResult | null>;
  acquireTokenSilent(request: SilentFlowRequest): Promise<AuthenticationResult | null>;
}

export interface DeviceCodeSettings {
  tenantId: string;
  clientId: string;
  scopes: string[];
  /** Where the "open … and enter the code …" instruction goes (stderr in the CLI). */
  show: (message: string) => void;
}

/** MSAL Node's client for the app registration, loaded only when a tenant sign-in is asked for. */
export async function msalDeviceCodeClient(settings: DeviceCodeSettings): Promise<DeviceCodeClient> {
  const { PublicClientApplication } = await import('@azure/msal-node');
  return new PublicClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: `https://login.microsoftonline.com/${settings.tenantId}`,
    },
  });
}

/**
 * A token provider for the Graph client: one device-code sign-in, however many requests ask at once,
 * then silent renewal from MSAL's cache for the signed-in account.
 */
export function deviceCodeTokenProvider(
  settings: DeviceCodeSettings,
  client: Promise<DeviceCodeClient>,
): () => Promise<string> {
  let signedIn: Promise<AuthenticationResult> | null = null;
  const signIn = async () => {
    const result = await (
      await client
    ).acquireTokenByDeviceCode({
      scopes: settings.scopes,
      deviceCodeCallback: (response) => settings.show(response.message),
    });
    if (!result?.accessToken) throw new Error('The sign-in returned no access token.');
    return result;
  };
  return async () => {
    signedIn ??= signIn().catch((error: unknown) => {
      signedIn = null; // a failed or abandoned sign-in may be tried again
      throw error;
    });
    const first = await signedIn;
    if (!first.account) return first.accessToken;
    const renewed = await (
      await client
    ).acquireTokenSilent({ account: first.account, scopes: settings.scopes });
    return renewed?.accessToken ?? first.accessToken;
  };
}
