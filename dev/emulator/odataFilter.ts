// OData $filter on list item fields, as Graph takes it: `fields/X eq 'a' and (fields/N ge 3 or ...)`.

export type Fields = Record<string, unknown>;
type Expr =
  | { op: 'and' | 'or'; left: Expr; right: Expr }
  | { op: 'not'; expr: Expr }
  | { op: 'cmp'; cmp: string; field: string; value: unknown }
  | { op: 'startswith'; field: string; value: string };

const TOKEN = /\s*(\(|\)|,|'(?:[^']|'')*'|[A-Za-z_][\w/]*|-?\d[\w:.+-]*)/y;

export class FilterError extends Error {}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(text);
    if (!match)
      throw new FilterError(`Invalid filter near "${text.slice(TOKEN.lastIndex, TOKEN.lastIndex + 20)}".`);
    tokens.push(match[1]!);
  }
  return tokens;
}

/**
 * Parses a filter; the fields it names come back too (Graph refuses non-indexed ones). List items name
 * theirs `fields/X`; a resource's own properties (a user's displayName) are named bare, with prefix ''.
 */
export function parseFilter(text: string, prefix = 'fields/'): { expr: Expr; fields: string[] } {
  const parser = new FilterParser(tokenize(text), prefix);
  const expr = parser.or();
  parser.end();
  return { expr, fields: parser.fields };
}

/** A recursive-descent parser over the tokens: or → and → primary (parentheses, not, startswith, a comparison). */
class FilterParser {
  readonly fields: string[] = [];
  private at = 0;

  constructor(
    private readonly tokens: string[],
    private readonly prefix: string,
  ) {}

  or(): Expr {
    let left = this.and();
    while (this.peek() === 'or') {
      this.take();
      left = { op: 'or', left, right: this.and() };
    }
    return left;
  }

  end(): void {
    if (this.at !== this.tokens.length)
      throw new FilterError(`Unexpected "${this.tokens[this.at]}" in the filter.`);
  }

  private and(): Expr {
    let left = this.primary();
    while (this.peek() === 'and') {
      this.take();
      left = { op: 'and', left, right: this.primary() };
    }
    return left;
  }

  private primary(): Expr {
    if (this.peek() === '(') {
      this.take();
      const inner = this.or();
      this.expect(')', 'A parenthesis is not closed.');
      return inner;
    }
    if (this.peek() === 'not') {
      this.take();
      return { op: 'not', expr: this.primary() };
    }
    if (this.peek() === 'startswith') return this.startsWith();
    const name = this.field(this.take());
    const cmp = this.take().toLowerCase();
    if (!['eq', 'ne', 'gt', 'ge', 'lt', 'le'].includes(cmp))
      throw new FilterError(`Unknown operator "${cmp}".`);
    return { op: 'cmp', cmp, field: name, value: literal(this.take()) };
  }

  private startsWith(): Expr {
    this.take();
    this.expect('(', 'startswith needs parentheses.');
    const name = this.field(this.take());
    this.expect(',', 'startswith needs two arguments.');
    const value = literal(this.take());
    this.expect(')', 'A parenthesis is not closed.');
    return { op: 'startswith', field: name, value: String(value) };
  }

  private field(token: string): string {
    if (!token.toLowerCase().startsWith(this.prefix) || token.slice(this.prefix.length).includes('/'))
      throw new FilterError(`Only ${this.prefix}<name> can be filtered, not "${token}".`);
    const name = token.slice(this.prefix.length);
    this.fields.push(name);
    return name;
  }

  private peek(): string | undefined {
    return this.tokens[this.at]?.toLowerCase();
  }

  private take(): string {
    const token = this.tokens[this.at++];
    if (token === undefined) throw new FilterError('The filter ends too early.');
    return token;
  }

  private expect(token: string, problem: string): void {
    if (this.take() !== token) throw new FilterError(problem);
  }
}

function literal(token: string): unknown {
  if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
  if (token === 'true' || token === 'false') return token === 'true';
  if (token === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
  if (/^\d{4}-\d{2}-\d{2}/.test(token)) return token;
  throw new FilterError(`"${token}" is not a value.`);
}

// One collator for every comparison: localeCompare(…, 'da') sets one up on each call, and a $filter or
// unique-value check over a thousand items makes a thousand calls.
const DANISH = new Intl.Collator('da');
// A date or an ISO instant, whole: a text such as a key "2021-01-01#5" is compared as text.
const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** Orders two field values the way SharePoint does: numbers as numbers, dates as instants, text as text. */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a === b) return 0;
  // b first: in a $filter it is the literal, mostly not a date, and then a need not be looked at.
  const dateB = typeof b === 'string' && DATE.test(b) ? Date.parse(b) : NaN;
  const dateA = !Number.isNaN(dateB) && typeof a === 'string' && DATE.test(a) ? Date.parse(a) : NaN;
  if (!Number.isNaN(dateA)) return dateA - dateB;
  return DANISH.compare(String(a ?? ''), String(b ?? ''));
}

// Printable ASCII: the collator tells two different such texts apart (its one Danish contraction, "aa",
// included); odataFilter.test.ts checks every pair of up to two characters and the "aa" ones.
const PLAIN_TEXT = /^[\x20-\x7e]*$/;

/**
 * compareValues(a, b) === 0, for `eq`, `ne` and unique columns: two different texts of printable ASCII,
 * neither a date, differ without asking the collator, which costs more than the rest of a $filter over a
 * thousand keys such as "2021-01-01#5".
 */
export function equalValues(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const plainTexts =
    typeof a === 'string' &&
    typeof b === 'string' &&
    PLAIN_TEXT.test(a) &&
    PLAIN_TEXT.test(b) &&
    !DATE.test(a) &&
    !DATE.test(b);
  return !plainTexts && compareValues(a, b) === 0;
}

export function matches(expr: Expr, fields: Fields): boolean {
  switch (expr.op) {
    case 'and':
      return matches(expr.left, fields) && matches(expr.right, fields);
    case 'or':
      return matches(expr.left, fields) || matches(expr.right, fields);
    case 'not':
      return !matches(expr.expr, fields);
    case 'startswith':
      return String(fields[expr.field] ?? '').startsWith(expr.value);
    case 'cmp': {
      const actual = fields[expr.field];
      if (expr.value === null)
        return expr.cmp === 'eq' ? actual == null : expr.cmp === 'ne' ? actual != null : false;
      if (actual === undefined || actual === null) return expr.cmp === 'ne';
      if (expr.cmp === 'eq' || expr.cmp === 'ne')
        return equalValues(actual, expr.value) === (expr.cmp === 'eq');
      const order = compareValues(actual, expr.value);
      return {
        gt: order > 0,
        ge: order >= 0,
        lt: order < 0,
        le: order <= 0,
      }[expr.cmp]!;
    }
  }
}
