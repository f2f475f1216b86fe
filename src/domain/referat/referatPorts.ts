// The referat ports are declared in ../ports with the others; re-exported for their importers.
export type { Announcements, ReferatFolder, ReferatWriter, StoredReferat } from '../ports';
