// The meeting progress port is declared in ../ports with the others; re-exported for its importers.
export type { MeetingProgressStore, StoredProgress } from '../ports';
