// What Graph checks before it takes a file's content (PUT …/content), apart from permissions:
// `@microsoft.graph.conflictBehavior` on an upload by name, and `If-Match` on the item's eTag or cTag.
// OneDrive API docs (OneDrive/onedrive-api-docs): api/driveitem_put_content.md "Conflict Resolution
// Behavior" (the default replaces; `fail`, `replace` or `rename` as a query parameter) and
// concepts/errors.md (409 Conflict / `nameAlreadyExists`; 412 Precondition Failed "such as an if-match
// header" / `resourceModified`, inner `entityTagDoesNotMatch`).
import { type EmulatorRequest, type EmulatorResponse, badRequest, graphError } from './http';

const BEHAVIOURS = new Set(['fail', 'replace', 'rename']);

/** The conflict behaviour an upload asked for ('replace' by default), or a 400 for an unknown one. */
export function conflictBehaviour(
  request: EmulatorRequest,
): 'fail' | 'replace' | 'rename' | EmulatorResponse {
  const asked = request.query.get('@microsoft.graph.conflictBehavior') ?? 'replace';
  if (!BEHAVIOURS.has(asked)) return badRequest(`Invalid conflict behavior '${asked}'.`);
  return asked as 'fail' | 'replace' | 'rename';
}

export const nameAlreadyExists = (name: string): EmulatorResponse =>
  graphError(409, 'nameAlreadyExists', `The specified item name already exists. Name: ${name}`);

/**
 * A 412 unless the request's `If-Match` names the item's current eTag or cTag (or `*` for any existing
 * item); no header, no precondition. An item that does not exist matches nothing but absence.
 */
export function ifMatchFails(
  request: EmulatorRequest,
  current: { eTag: string; cTag: string } | null,
): EmulatorResponse | null {
  const header = request.headers['if-match'];
  if (header === undefined) return null;
  // Entity tags are quoted and SharePoint's hold a comma ("{GUID},3"): split between quotes only.
  const tags: string[] = header.match(/\*|"[^"]*"/g) ?? [];
  const matches =
    current !== null && (tags.includes('*') || tags.includes(current.eTag) || tags.includes(current.cTag));
  if (matches) return null;
  const response = graphError(412, 'resourceModified', 'ETag does not match the current item.');
  const error = (response.body as { error: { innerError: Record<string, unknown> } }).error;
  error.innerError.code = 'entityTagDoesNotMatch';
  return response;
}
