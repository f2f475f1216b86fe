// Whether the signed-in user may write the decision list, as the tab learns it. Microsoft Graph v1.0
// cannot say: it has no effective permissions for a list or a list item (it offers CRUD on lists and
// items only: SharePoint/sp-dev-docs issue #5888; no permissions of a list item: sp-dev-docs #8536,
// pnp/pnpcore #879), a driveItem's /permissions answers a member with SharePoint groups, not what they
// allow (microsoft-graph-docs-contrib #5963), SharePoint REST's EffectiveBasePermissions needs a second
// token for SharePoint's own audience, and a write to find out would change the list. So the list is
// the judge, and the tab learns from its answers: a write it refused (403) is evidence of "no", held
// for the visit and for as long as its draft waits in the browser's outbox; a write it took is evidence
// of "yes". Until there is evidence the tab offers writing, so nobody who may write is ever hidden from
// it; what a reader wrote is refused by the list, kept, and not sent again by itself.
import type { PendingSave } from '../ports';

export type WriteAccess = 'unknown' | 'granted' | 'refused';

/** The latest evidence either way (ms since the epoch, the outbox's own clock); null for none yet. */
export interface WriteEvidence {
  refusedAt: number | null;
  acceptedAt: number | null;
}

export const NO_EVIDENCE: WriteEvidence = { refusedAt: null, acceptedAt: null };

export type WriteNews =
  /** The outbox as read now: each save the list refused (403) waits in it, queued at its revision. */
  | { type: 'outbox'; pending: readonly PendingSave[] }
  /** The list took a write of this user at `at`. */
  | { type: 'accepted'; at: number };

/** A save the list refused for want of permission: kept, shown, never sent again by itself. */
export const isRefused = (save: PendingSave) => save.lastFailure === 'forbidden';

const later = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** What the tab knows after the news; a refusal seen once holds for the visit, until a later write is taken. */
export function learnWriteAccess(known: WriteEvidence, news: WriteNews): WriteEvidence {
  if (news.type === 'accepted') return { ...known, acceptedAt: later(known.acceptedAt, news.at) };
  const refusals = news.pending.filter(isRefused).map((save) => save.revision);
  return { ...known, refusedAt: later(known.refusedAt, refusals.length > 0 ? Math.max(...refusals) : null) };
}

/** The newest evidence decides; none at all is 'unknown'. */
export function writeAccessOf({ refusedAt, acceptedAt }: WriteEvidence): WriteAccess {
  if (refusedAt !== null && (acceptedAt === null || refusedAt > acceptedAt)) return 'refused';
  return acceptedAt !== null ? 'granted' : 'unknown';
}

/** Writing actions are shown unless the list has refused this user: hidden only after evidence. */
export const mayOfferWriting = (access: WriteAccess) => access !== 'refused';
