// The DecisionStore's in-memory twin: the same promises (upsert by key, eTag conflicts, date ranges)
// without I/O, for unit tests of whatever uses decisions.
import type { Decision } from './decision';
import { DecisionConflict } from './DecisionStore';
import { type DecisionStore, type StoredDecision } from '../ports';

export function memoryDecisionStore(): DecisionStore {
  const items = new Map<string, StoredDecision>();
  let version = 0;
  const store = (decision: Decision, id: string): StoredDecision => {
    const stored = { id, eTag: `"${id},${++version}"`, decision: structuredClone(decision) };
    items.set(decision.key, stored);
    return stored;
  };
  return {
    async ensure() {},
    async upsert(decisions, onProgress) {
      let created = 0;
      let updated = 0;
      decisions.forEach((decision, index) => {
        const existing = items.get(decision.key);
        store(decision, existing?.id ?? String(items.size + 1));
        if (existing) updated += 1;
        else created += 1;
        onProgress?.(index + 1, decisions.length);
      });
      return { created, updated };
    },
    async createMissing(decisions, onProgress) {
      const created: string[] = [];
      const leftAlone: string[] = [];
      decisions.forEach((decision, index) => {
        if (items.has(decision.key)) leftAlone.push(decision.key);
        else created.push(store(decision, String(items.size + 1)).decision.key);
        onProgress?.(index + 1, decisions.length);
      });
      return { created, leftAlone };
    },
    async create(decision) {
      const existing = items.get(decision.key);
      if (existing) throw new DecisionConflict(decision, structuredClone(existing));
      return structuredClone(store(decision, String(items.size + 1)));
    },
    async save(read, edited) {
      const current = items.get(read.decision.key);
      if (!current) throw new Error(`Decision ${read.decision.key} is not stored.`);
      if (current.eTag !== read.eTag) throw new DecisionConflict(edited, structuredClone(current));
      return structuredClone(store(edited, current.id));
    },
    async get(key) {
      const found = items.get(key);
      return found ? structuredClone(found) : null;
    },
    async between(from, to) {
      return [...items.values()]
        .filter((item) => item.decision.meetingDate >= from && item.decision.meetingDate <= to)
        .map((item) => structuredClone(item));
    },
  };
}
