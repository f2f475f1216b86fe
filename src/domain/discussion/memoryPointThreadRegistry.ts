// PointThreadRegistry's in-memory twin, for unit tests: the first claim of a point wins.
import type { PointThreadRegistry } from '../ports';

export function memoryPointThreadRegistry(): PointThreadRegistry & { recorded(): Map<string, string> } {
  const threads = new Map<string, string>();
  return {
    get: async (pointKey) => Promise.resolve(threads.get(pointKey) ?? null),
    async claim(pointKey, threadId) {
      if (!threads.has(pointKey)) threads.set(pointKey, threadId);
      return Promise.resolve(threads.get(pointKey)!);
    },
    recorded: () => new Map(threads),
  };
}
