// SharePoint's own permissions, beside Graph's scopes (permissions.ts): a delegated token acts as its
// user, and SharePoint lets that user write only where a permission level gives the right. A list, a
// list item or a folder either inherits its parent's role assignments or has unique ones ("Stop
// inheriting permissions"); a team's site gives its members Edit. What the tenant's administrator set is
// seeded (seedRoles.ts). A refused write is Graph's SharePoint answer: 403, code accessDenied, message
// "Access denied" (the body in microsoft-graph-docs-contrib issues #5062 and #8599; the code's meaning in
// concepts/errors.md: "The caller doesn't have permission to perform the action").
import type { Context } from './context';
import { type EmulatorRequest, type EmulatorResponse, graphError } from './http';
import type { StoredDriveItem, StoredList, StoredSite, StoredTeam } from './model';

/** SharePoint's default permission levels (learn.microsoft.com/sharepoint/understanding-permission-levels). */
export type PermissionLevel = 'read' | 'contribute' | 'edit' | 'fullControl';

/** The rights the emulator checks: see items, add/edit/delete items and files, add and change lists. */
export type Right = 'viewItems' | 'editItems' | 'manageLists';

// Read: "view pages and list items, and download documents"; Contribute: "view, add, update, and delete
// list items and documents"; Edit: Contribute and "add, edit, and delete lists"; Full Control: all.
export const LEVEL_RIGHTS: Record<PermissionLevel, readonly Right[]> = {
  read: ['viewItems'],
  contribute: ['viewItems', 'editItems'],
  edit: ['viewItems', 'editItems', 'manageLists'],
  fullControl: ['viewItems', 'editItems', 'manageLists'],
};

/** One role assignment: a user (by id), or every member of the site's team ('members'). */
export interface RoleAssignment {
  principal: string;
  level: PermissionLevel;
}

/** The unique role assignments of one securable, stored in the journal under its key. */
export interface StoredRoles {
  key: string;
  assignments: RoleAssignment[];
}

/** The journal key of a list's unique permissions: by its name, as the administrator finds it. */
export const listRolesKey = (displayName: string) => `list:${displayName.toLowerCase()}`;
export const driveItemRolesKey = (itemId: string) => `driveItem:${itemId}`;
export const listItemRolesKey = (listId: string, itemId: string) => `listItem:${listId}/${itemId}`;

/** A team's site without unique permissions: its members are the site's Members group (Edit). */
const SITE_DEFAULT: RoleAssignment[] = [{ principal: 'members', level: 'edit' }];

const ORDER: PermissionLevel[] = ['read', 'contribute', 'edit', 'fullControl'];

/**
 * The user's level where the first securable of `chain` (the item, then its parents) with unique
 * assignments says; the site's default when none has. Assignments add up: the highest that applies.
 */
function levelOf(ctx: Context, userId: string, site: StoredSite, chain: string[]): PermissionLevel | null {
  const assignments =
    chain.map((key) => ctx.db.get<StoredRoles>('roleAssignments', key)).find(Boolean)?.assignments ??
    SITE_DEFAULT;
  const member = ctx.db.get<StoredTeam>('teams', site.teamId)?.memberIds.includes(userId) ?? false;
  const levels = assignments
    .filter((each) => each.principal === userId || (each.principal === 'members' && member))
    .map((each) => ORDER.indexOf(each.level));
  return levels.length > 0 ? ORDER[Math.max(...levels)]! : null;
}

function refuseUnless(
  ctx: Context,
  request: EmulatorRequest,
  site: StoredSite,
  chain: string[],
  right: Right,
): EmulatorResponse | null {
  const level = request.user ? levelOf(ctx, request.user.id, site, chain) : null;
  return level && LEVEL_RIGHTS[level].includes(right)
    ? null
    : graphError(403, 'accessDenied', 'Access denied');
}

/** Null when the user may use `right` on the list (or on one of its items); else Graph's 403. */
export function listRefusal(
  ctx: Context,
  request: EmulatorRequest,
  list: StoredList,
  right: Right,
  itemId?: string,
): EmulatorResponse | null {
  const site = ctx.db.get<StoredSite>('sites', list.siteId)!;
  const chain = [listRolesKey(list.displayName)];
  if (itemId !== undefined) chain.unshift(listItemRolesKey(list.id, itemId));
  return refuseUnless(ctx, request, site, chain, right);
}

/** Null when the user may create lists on the site; else Graph's 403. */
export function siteRefusal(
  ctx: Context,
  request: EmulatorRequest,
  site: StoredSite,
): EmulatorResponse | null {
  return refuseUnless(ctx, request, site, [], 'manageLists');
}

/** Null when the user may write files in (or replace) the drive item; its folders' permissions inherit down. */
export function driveItemRefusal(
  ctx: Context,
  request: EmulatorRequest,
  item: StoredDriveItem,
  site: StoredSite,
): EmulatorResponse | null {
  const chain: string[] = [];
  for (let at: StoredDriveItem | undefined = item; at;) {
    chain.push(driveItemRolesKey(at.id));
    at = at.parentId ? ctx.db.get<StoredDriveItem>('driveItems', at.parentId) : undefined;
  }
  return refuseUnless(ctx, request, site, chain, 'editItems');
}
