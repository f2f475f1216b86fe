// The DecisionOutbox's in-memory twin, for unit tests of the save rules.
import type { DecisionOutbox, PendingSave } from '../ports';

export function memoryDecisionOutbox(): DecisionOutbox {
  const saves = new Map<string, PendingSave>();
  return {
    async put(save) {
      saves.set(save.key, structuredClone(save));
    },
    async remove(key, revision) {
      if (saves.get(key)?.revision === revision) saves.delete(key);
    },
    async all() {
      return [...saves.values()].map((save) => structuredClone(save));
    },
  };
}
