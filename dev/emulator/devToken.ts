// Development tokens for the emulator: "dev." + base64url(JSON {oid, upn, name, scp}). Real Graph never
// sees them; the emulator accepts them as a signed-in user. `scp` holds the delegated scopes, space
// separated, as in an Entra access token; the emulator's tenant honours only those it has consented.

export interface DevIdentity {
  oid: string;
  upn: string;
  name: string;
  /** Delegated scopes, space separated ('' for none). */
  scp: string;
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
      ? {
          oid: value.oid,
          upn: value.upn,
          name: value.name,
          scp: typeof value.scp === 'string' ? value.scp : '',
        }
      : null;
  } catch {
    return null;
  }
}

/** The scopes of a token's `scp` claim. */
export const scopesOf = (identity: DevIdentity): string[] => identity.scp.split(' ').filter(Boolean);
