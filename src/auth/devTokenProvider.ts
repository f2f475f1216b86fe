// The development sign-in for the local Graph emulator: a token that names a seeded user and carries the
// delegated scopes asked for, space separated in `scp` as an Entra access token does. It is only ever
// sent to the emulator, whose tenant decides which of those scopes are consented; real Graph would
// reject it. Format: "dev." + base64url(JSON {oid, upn, name, scp}).

export interface DevUser {
  oid: string;
  upn: string;
  name: string;
}

export function devToken(user: DevUser, scopes: readonly string[]): string {
  const claims = { oid: user.oid, upn: user.upn, name: user.name, scp: scopes.join(' ') };
  const json = new TextEncoder().encode(JSON.stringify(claims));
  const base64 = btoa(String.fromCharCode(...json));
  return `dev.${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** A token provider for the Graph client that signs in as `user` with the scopes each request needs
 * (the Graph middleware always names them). */
export function devTokenProvider(user: DevUser): (scopes?: string[]) => Promise<string> {
  return async (scopes) => devToken(user, scopes ?? []);
}
