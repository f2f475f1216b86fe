// The record of a meeting's publication, kept in a list the app owns: who claimed "Udgiv" and when, and
// the ids the app got back when it pinned the tab and posted the announcement. Those ids are how the
// app knows its own tab and post again — never by their name or subject, which any member can copy.
// Every change of the record names the version it replaces (If-Match), so of two people publishing at
// once exactly one holds the claim and announces.

export interface Publisher {
  id: string;
  name: string;
}

export interface Publication {
  meetingDate: string;
  /** Who holds "Udgiv" now and since when (ISO); null once published, or after a failed try let go. */
  claim: { token: string; by: Publisher; at: string } | null;
  /** The channel tab the app pinned (its id from Graph's answer). */
  tabId: string | null;
  /** The announcement the app posted (its id from Graph's answer). */
  messageId: string | null;
  /** Set just before posting: a post by this user after this moment whose answer was lost is ours. */
  posting: { by: Publisher; at: string } | null;
  /** Who announced it, and when (ISO). */
  published: { by: Publisher; at: string } | null;
}

/** How long a claim holds off others when its holder went away mid-publish (closed the tab, lost the net). */
export const CLAIM_LEASE_MS = 2 * 60 * 1000;

export function unpublished(meetingDate: string): Publication {
  return { meetingDate, claim: null, tabId: null, messageId: null, posting: null, published: null };
}

/** Whether someone else's claim still holds at `now` (ms): then this publish stops and says who. */
export function claimHeld(record: Publication, now: number): boolean {
  return record.claim !== null && now - Date.parse(record.claim.at) < CLAIM_LEASE_MS;
}

/** The record as JSON for its list column, and back; what cannot be read is a record of nothing yet. */
export function publicationToJson(record: Publication): string {
  const { meetingDate: _date, ...rest } = record;
  return JSON.stringify(rest);
}

export function publicationFromJson(meetingDate: string, json: unknown): Publication {
  const empty = unpublished(meetingDate);
  if (typeof json !== 'string') return empty;
  try {
    const parsed = JSON.parse(json) as Partial<Publication> | null;
    if (!parsed || typeof parsed !== 'object') return empty;
    const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
    return {
      meetingDate,
      claim: isStamp(parsed.claim) && typeof parsed.claim.token === 'string' ? parsed.claim : null,
      tabId: text(parsed.tabId),
      messageId: text(parsed.messageId),
      posting: isStamp(parsed.posting) ? parsed.posting : null,
      published: isStamp(parsed.published) ? parsed.published : null,
    };
  } catch {
    return empty;
  }
}

function isStamp(value: unknown): value is { by: Publisher; at: string; token?: unknown } {
  const stamp = value as { by?: Partial<Publisher>; at?: unknown } | null;
  return (
    typeof stamp === 'object' &&
    stamp !== null &&
    typeof stamp.at === 'string' &&
    typeof stamp.by?.id === 'string' &&
    typeof stamp.by.name === 'string'
  );
}
