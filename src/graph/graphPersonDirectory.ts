// PersonDirectory through Graph's List users (api-reference/v1.0/api/user-list.md in
// microsoftgraph/microsoft-graph-docs-contrib) with the least permission it accepts, User.ReadBasic.All,
// which a user consents to without an administrator (concepts/permissions-reference.md) and which
// covers id and displayName. $search on displayName finds words starting with what is typed, anywhere in
// the name ("Øk" finds "Chefen for Økonomi & Stab"); on users it requires the header ConsistencyLevel:
// eventual (user-list.md "Request headers"; concepts/aad-advanced-queries.md).
import type { User } from '@microsoft/microsoft-graph-types';
import type { Owner } from '../domain/followUp/owners';
import type { PersonDirectory } from '../domain/ports';
import type { GraphPage } from './call';
import type { GraphConnection } from './createGraphClient';
import { graphAccess } from './GraphAccess';

/** How many people one search shows: enough to pick from, few enough to read. */
export const PEOPLE_SHOWN = 8;

/** The search clause of a typed text: each word a displayName term; quotes and backslashes dropped. */
export function displayNameSearch(text: string): string | null {
  const words = text
    .replace(/["\\]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  return words.length > 0 ? words.map((word) => `"displayName:${word}"`).join(' AND ') : null;
}

export function graphPersonDirectory(connection: GraphConnection): PersonDirectory {
  return {
    async find(text) {
      const search = displayNameSearch(text);
      if (!search) return [];
      const page = await graphAccess(connection).get<GraphPage<Pick<User, 'id' | 'displayName'>>>('/users', {
        search,
        select: 'id,displayName',
        top: PEOPLE_SHOWN,
        headers: { ConsistencyLevel: 'eventual' },
      });
      return page.value.flatMap((user): Owner[] =>
        user.id && user.displayName ? [{ id: user.id.toLowerCase(), name: user.displayName }] : [],
      );
    },
  };
}
