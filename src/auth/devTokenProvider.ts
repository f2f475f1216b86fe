// The development sign-in for the local Graph emulator: a token that names a seeded user. It is only
// ever sent to the emulator; real Graph would reject it. Format: "dev." + base64url(JSON {oid, upn, name}).

export interface DevUser {
  oid: string;
  upn: string;
  name: string;
}

export function devToken(user: DevUser): string {
  const json = new TextEncoder().encode(JSON.stringify(user));
  const base64 = btoa(String.fromCharCode(...json));
  return `dev.${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** A token provider for the Graph client that always signs in as `user`. */
export function devTokenProvider(user: DevUser): () => Promise<string> {
  const token = devToken(user);
  return async () => token;
}
