// Reading or minutes: the chiefs read (decisions as text, the discussion, the case history); the
// secretary keeps the minutes (the editor, "Gem", "Gem alle"). Graph v1.0 cannot tell whether the user
// may write the decision list, so the tab starts from the team role Teams gives (owners keep the
// minutes), lets anyone switch, remembers the choice, and the list's own permissions guard the writes.

export type TabMode = 'reading' | 'minutes';
export type TeamRole = 'owner' | 'member' | 'guest';

/** The mode a tab opens in: the user's own last choice, else minutes for the team's owners. */
export function initialMode(role: TeamRole | null, remembered: string | null): TabMode {
  if (remembered === 'reading' || remembered === 'minutes') return remembered;
  return role === 'owner' ? 'minutes' : 'reading';
}
