// Runs one Graph client call, turning whatever it throws into a GraphFailure.
import { toGraphFailure } from './GraphFailure';

export async function graphCall<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw toGraphFailure(error);
  }
}

/**
 * A next-page link as the client takes it. The client recognises full URLs only on Graph's own
 * hosts; for any other base (the emulator) it must be given the path after the version.
 */
export function linkPath(baseUrl: string, link: string): string {
  return link.startsWith(baseUrl) ? link.slice(baseUrl.length).replace(/^\/v1\.0/, '') : link;
}

export interface GraphPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
}
