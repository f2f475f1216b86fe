// "Udarbejd referat" and "Udgiv referat" as state: what will be written, the referat to replace (only
// the version the user was shown), whether and by whom it was published, and the outcome of the last
// action as data for the dialog.
import { useCallback, useState } from 'react';
import { type PublishPorts, type PublishResult, publishReferat } from '../../../app/publishReferat';
import { planReferat, type ReferatPlan, type SaveResult, saveReferat } from '../../../app/writeReferat';
import type { Decision } from '../../../domain/decisions/decision';
import type { TabPinner } from '../../../domain/ports';
import { failureOf } from '../../../domain/failure';
import type { Meeting } from '../../../domain/meeting';
import type { Publication } from '../../../domain/referat/publication';
import type { ReferatFolder, ReferatWriter, StoredReferat } from '../../../domain/ports';

export interface ReferatServices {
  /** The decisions recorded for a meeting, read when the referat is planned (never a stale copy). */
  decisions: (meetingDate: string) => Promise<Decision[]>;
  folder: ReferatFolder;
  writer: ReferatWriter;
  /** Saving, pinning and announcing in the channel; null where there is no channel to announce in. */
  publish: Omit<PublishPorts, 'folder' | 'writer' | 'pinner'> | null;
}

export type ReferatAction = 'plan' | 'save' | 'publish';

export type ReferatOutcome =
  | { kind: 'saved'; result: Extract<SaveResult, { file: StoredReferat }> }
  | { kind: 'published'; result: Extract<PublishResult, { status: 'published' }> }
  | { kind: 'publishing'; result: Extract<PublishResult, { status: 'publishing' }> }
  | { kind: 'exists' }
  | { kind: 'changed' }
  | {
      kind: 'failed';
      action: ReferatAction;
      missingPermission: string | null;
      /** SharePoint refused the user (the folder's permissions, not a missing scope): retrying will not help. */
      refused: boolean;
    };

export interface ReferatState {
  plan: ReferatPlan | null;
  /** The existing referat the user is asked to replace, at the version shown. */
  replace: StoredReferat | null;
  busy: ReferatAction | null;
  outcome: ReferatOutcome | null;
  /** Who published the meeting's referat and when, as its publication record keeps it; null if nobody. */
  published: Publication['published'];
}

const START: ReferatState = { plan: null, replace: null, busy: null, outcome: null, published: null };

export function useReferat(meeting: Meeting, services: ReferatServices, pinner: TabPinner | null) {
  const [state, setState] = useState<ReferatState>(START);

  const plan = useCallback(async () => {
    setState({ ...START, busy: 'plan' });
    try {
      const decisions = await services.decisions(meeting.date);
      const planned = await planReferat(meeting, decisions, services.folder);
      const published = planned.existing ? await publishedBy(services, meeting.date) : null;
      setState({ plan: planned, replace: planned.existing, busy: null, outcome: null, published });
    } catch (error) {
      setState(failedState('plan', error));
    }
  }, [meeting, services]);

  const run = async (action: 'save' | 'publish') => {
    const { plan: planned, replace } = state;
    if (!planned) return;
    setState((now) => ({ ...now, busy: action, outcome: null }));
    try {
      const result =
        action === 'save'
          ? await saveReferat(planned, services, replace)
          : await publishReferat(meeting, planned, publishPorts(services, pinner)!, replace);
      setState((now) => ({ ...now, busy: null, ...afterResult(action, result) }));
    } catch (error) {
      setState(failedState(action, error));
    }
  };

  return {
    state,
    plan,
    save: () => run('save'),
    publish: publishPorts(services, pinner) ? () => run('publish') : null,
    close: () => setState(START),
  };
}

function publishPorts(services: ReferatServices, pinner: TabPinner | null): PublishPorts | null {
  if (!services.publish || !pinner) return null;
  return { ...services, ...services.publish, pinner };
}

/** A saved referat is the one to build on: a retry no longer replaces the version first shown. */
function afterResult(
  action: 'save' | 'publish',
  result: SaveResult | PublishResult,
): Partial<Pick<ReferatState, 'replace' | 'published'>> & Pick<ReferatState, 'outcome'> {
  switch (result.status) {
    case 'exists':
      return { replace: result.existing, outcome: { kind: 'exists' } };
    case 'changed':
      return { replace: null, outcome: { kind: 'changed' } };
    case 'published':
      return {
        replace: null,
        outcome: { kind: 'published', result },
        published: { by: result.by, at: result.at },
      };
    case 'publishing':
      return { replace: null, outcome: { kind: 'publishing', result } };
    default:
      return action === 'save' ? { replace: null, outcome: { kind: 'saved', result } } : { outcome: null };
  }
}

const failedState =
  (action: ReferatAction, error: unknown) =>
  (now: ReferatState): ReferatState => ({
    ...now,
    busy: null,
    outcome: {
      kind: 'failed',
      action,
      missingPermission: missingPermissionOf(error),
      refused: failureOf(error).code === 'forbidden' && missingPermissionOf(error) === null,
    },
  });

/** Who published the referat and when; not known (null) where there is no channel or the record is unreadable. */
async function publishedBy(
  services: ReferatServices,
  meetingDate: string,
): Promise<ReferatState['published']> {
  if (!services.publish) return null;
  const stored = await services.publish.publications.read(meetingDate).catch(() => null);
  return stored?.publication.published ?? null;
}

function missingPermissionOf(error: unknown): string | null {
  const missing = (error as { missingPermission?: unknown } | null)?.missingPermission;
  return typeof missing === 'string' ? missing : null;
}
