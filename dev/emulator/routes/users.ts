// The organisation's directory: List users (api-reference/v1.0/api/user-list.md in
// microsoftgraph/microsoft-graph-docs-contrib) with $search, $filter, $select and $top. $search on
// directory objects is an advanced query: without the header ConsistencyLevel: eventual Graph answers
// 400 Request_UnsupportedQuery (concepts/aad-advanced-queries.md), and so does the emulator. A search
// term "displayName:x" matches a user whose display name has a word starting with x, case-insensitive
// (concepts/search-query-parameter.md, "Using $search on directory object collections"); terms are
// combined with AND and OR. The permission (User.ReadBasic.All or higher) is checked before the route.
import type { Context } from '../context';
import { badRequest, graphError, json } from '../http';
import type { StoredUser } from '../model';
import { FilterError, matches, parseFilter } from '../odataFilter';
import type { Router } from '../router';

/** What a user holds here; all of it is in User.ReadBasic.All's basic profile. */
const PROPERTIES = ['id', 'displayName', 'userPrincipalName', 'mail', 'givenName', 'surname'] as const;
const SEARCHABLE = ['displayName', 'userPrincipalName', 'mail', 'givenName', 'surname'];
const FILTERABLE = ['id', 'displayName', 'userPrincipalName', 'mail', 'givenName', 'surname'];

type Property = (typeof PROPERTIES)[number];

const profile = (user: StoredUser): Record<Property, string | null> => ({
  id: user.id,
  displayName: user.displayName,
  userPrincipalName: user.userPrincipalName,
  mail: user.userPrincipalName,
  givenName: null,
  surname: null,
});

const words = (text: string) =>
  text
    .toLocaleLowerCase('da')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');

interface Term {
  property: Property;
  words: string[];
  /** How it joins the next term; undefined for the last. */
  joiner: 'AND' | 'OR' | undefined;
}

const CLAUSE = /^\s*"([^":]*):([^"]*)"\s*(?:(AND|OR)\s*(?="))?/;

/** The terms of a $search ('"displayName:chefen" AND "displayName:øk"'), or a problem with it. */
function searchTerms(text: string): Term[] | string {
  const terms: Term[] = [];
  for (let rest = text; rest.trim() !== '';) {
    const clause = CLAUSE.exec(rest);
    if (!clause || !SEARCHABLE.includes(clause[1]!)) return `Syntax error in $search "${text}".`;
    terms.push({
      property: clause[1] as Property,
      words: words(clause[2]!),
      joiner: clause[3] as Term['joiner'],
    });
    rest = rest.slice(clause[0].length);
  }
  return terms.length > 0 && terms.at(-1)!.joiner === undefined
    ? terms
    : `Syntax error in $search "${text}".`;
}

/** Every word of the term starts a word of the property. */
const termMatches = (term: Term, user: Record<Property, string | null>) => {
  const have = words(user[term.property] ?? '');
  return term.words.every((wanted) => have.some((word) => word.startsWith(wanted)));
};

/** AND binds tighter than OR: the terms between ORs must all match, and one such group is enough. */
function searchMatches(terms: readonly Term[], user: Record<Property, string | null>): boolean {
  let group = true;
  for (const term of terms) {
    group = group && termMatches(term, user);
    if (term.joiner !== 'AND') {
      if (group) return true;
      group = true;
    }
  }
  return false;
}

export function userRoutes(router: Router, ctx: Context): void {
  router.on('GET', '/users', (request) => {
    let users = ctx.db.all<StoredUser>('users').map(profile);
    const searchText = request.query.get('$search');
    if (searchText !== null) {
      if (request.headers.consistencylevel !== 'eventual')
        return graphError(
          400,
          'Request_UnsupportedQuery',
          "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
        );
      const terms = searchTerms(searchText);
      if (typeof terms === 'string') return graphError(400, 'Request_UnsupportedQuery', terms);
      users = users.filter((user) => searchMatches(terms, user));
    }
    const filter = request.query.get('$filter');
    if (filter !== null) {
      try {
        const parsed = parseFilter(filter, '');
        const unknown = parsed.fields.find((field) => !FILTERABLE.includes(field));
        if (unknown) return badRequest(`Property '${unknown}' cannot be filtered.`);
        users = users.filter((user) => matches(parsed.expr, user));
      } catch (error) {
        if (error instanceof FilterError) return badRequest(error.message);
        throw error;
      }
    }
    const select =
      request.query
        .get('$select')
        ?.split(',')
        .map((each) => each.trim()) ?? null;
    const unknown = select?.find((name) => !(PROPERTIES as readonly string[]).includes(name));
    if (unknown)
      return badRequest(`Could not find a property named '${unknown}' on type 'microsoft.graph.user'.`);
    const top = Number(request.query.get('$top') ?? '100');
    if (!Number.isInteger(top) || top < 1 || top > 999) return badRequest('Invalid page size specified.');
    users.sort((a, b) => (a.displayName ?? '').localeCompare(b.displayName ?? '', 'da'));
    return json(200, {
      '@odata.context': `${ctx.baseUrl()}/v1.0/$metadata#users${select ? `(${select.join(',')})` : ''}`,
      value: users
        .slice(0, top)
        .map((user) =>
          select ? Object.fromEntries(select.map((name) => [name, user[name as Property]])) : user,
        ),
    });
  });
}
