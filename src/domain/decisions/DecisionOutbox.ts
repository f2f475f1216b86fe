// The decision outbox port is declared in ../ports with the others; re-exported for its importers.
export type { DecisionOutbox, PendingSave, SaveMode } from '../ports';
