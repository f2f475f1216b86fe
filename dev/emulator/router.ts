// A small router: "GET /sites/{site}/lists/{list}" patterns → handlers with named parameters.
import type { EmulatorRequest, EmulatorResponse } from './http';

/** The parameter names the emulator's routes use; a handler reads only those its own pattern has. */
export type RouteParams = Record<
  | 'site'
  | 'list'
  | 'item'
  | 'team'
  | 'group'
  | 'channel'
  | 'message'
  | 'tab'
  | 'chat'
  | 'drive'
  | 'parent'
  | 'name'
  | 'host'
  | 'path',
  string
>;

export type Handler = (
  request: EmulatorRequest,
  params: RouteParams,
) => EmulatorResponse | Promise<EmulatorResponse>;

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  /** `path` segments in braces are parameters; `{name+}` takes the rest of the path, slashes too. */
  on(method: string, path: string, handler: Handler): this {
    const names: string[] = [];
    const source = path
      .replace(/[.$]/g, '\\$&')
      .replace(/\{(\w+)(\+)?\}/g, (_, name: string, rest?: string) => {
        names.push(name);
        return rest ? '(.+)' : '([^/]+)';
      });
    this.routes.push({ method, pattern: new RegExp(`^${source}$`), names, handler });
    return this;
  }

  /** The matching handler and its parameters; `methodMismatch` when the path exists for another method. */
  match(method: string, path: string): { handler: Handler; params: RouteParams } | 'methodMismatch' | null {
    let pathMatched = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params = Object.fromEntries(
        route.names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]),
      ) as RouteParams;
      return { handler: route.handler, params };
    }
    return pathMatched ? 'methodMismatch' : null;
  }
}
