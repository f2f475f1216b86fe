// Development tokens for the emulator: "dev." + base64url(JSON {oid, upn, name}). Real Graph never sees
// them; the emulator accepts them as a signed-in user, and the app's dev sign-in makes them.

export interface DevIdentity {
  oid: string;
  upn: string;
  name: string;
}

export function makeDevToken(identity: DevIdentity): string {
  return `dev.${Buffer.from(JSON.stringify(identity)).toString('base64url')}`;
}

/** The identity in a dev token, or null for anything else (a garbled or real token). */
export function readDevToken(token: string): DevIdentity | null {
  if (!token.startsWith('dev.')) return null;
  try {
    const value = JSON.parse(
      Buffer.from(token.slice(4), 'base64url').toString('utf8'),
    ) as Partial<DevIdentity>;
    return typeof value.oid === 'string' && typeof value.upn === 'string' && typeof value.name === 'string'
      ? { oid: value.oid, upn: value.upn, name: value.name }
      : null;
  } catch {
    return null;
  }
}
