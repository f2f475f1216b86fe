// What the sample tenant's administrator set in SharePoint (the README's steps): the decision list and
// the publication list and the channel's files folder stop inheriting the site's permissions; the secretary and the director
// write, every other member of the team (the chiefs) reads. The thread list ("Chefforum tråde", where
// each point's thread is recorded) is written by whoever comments first on a point, a chief too: its
// members Contribute (add and change items, not the list itself), the secretary Edit. A list is made
// by the app on its first write, so its permissions are kept by its name and hold from the moment it
// exists, on whichever of the team's sites it is made.
import { DECISION_LIST } from '../../src/graph/decisionFields';
import { THREAD_LIST } from '../../src/graph/graphPointThreadRegistry';
import { PUBLICATION_LIST } from '../../src/graph/graphPublicationStore';
import type { Journal } from './journal';
import type { StoredChannel } from './model';
import { SEED } from './seed';
import {
  driveItemRolesKey,
  listRolesKey,
  type PermissionLevel,
  type RoleAssignment,
  type StoredRoles,
} from './sharePointRoles';

export type RoleHolder = keyof typeof SEED.users | 'members';

export interface SeededRole {
  /** A list the app makes (by name) or the General channel's files folder. */
  on: 'decision list' | 'publication list' | 'thread list' | 'channel folder';
  to: RoleHolder;
  level: PermissionLevel;
}

// prettier-ignore
export const SEEDED_ROLES: readonly SeededRole[] = [
  // The secretary keeps the list, and may add the columns a newer version of the app needs.
  { on: 'decision list', to: 'secretary', level: 'edit' },
  { on: 'decision list', to: 'director', level: 'contribute' },
  { on: 'decision list', to: 'members', level: 'read' },
  // Who published a referat, and its tab and post: the ones who publish write it, the chiefs read it.
  { on: 'publication list', to: 'secretary', level: 'edit' },
  { on: 'publication list', to: 'director', level: 'contribute' },
  { on: 'publication list', to: 'members', level: 'read' },
  // Each point's thread: whoever comments first records it, a chief too; only the secretary keeps the list.
  { on: 'thread list', to: 'secretary', level: 'edit' },
  { on: 'thread list', to: 'members', level: 'contribute' },
  { on: 'channel folder', to: 'secretary', level: 'contribute' },
  { on: 'channel folder', to: 'director', level: 'contribute' },
  { on: 'channel folder', to: 'members', level: 'read' },
];

const principalOf = (holder: RoleHolder) => (holder === 'members' ? 'members' : SEED.users[holder].id);

/** Writes the seeded role assignments into an empty emulator (after the channel exists). */
export function seedRoles(db: Journal): void {
  const folderId = db.get<StoredChannel>('channels', SEED.channelId)!.folderId;
  const keys = {
    'decision list': listRolesKey(DECISION_LIST),
    'publication list': listRolesKey(PUBLICATION_LIST),
    'thread list': listRolesKey(THREAD_LIST),
    'channel folder': driveItemRolesKey(folderId),
  };
  for (const on of ['decision list', 'publication list', 'thread list', 'channel folder'] as const) {
    const assignments: RoleAssignment[] = SEEDED_ROLES.filter((row) => row.on === on).map((row) => ({
      principal: principalOf(row.to),
      level: row.level,
    }));
    db.put('roleAssignments', keys[on], { key: keys[on], assignments } satisfies StoredRoles);
  }
}
