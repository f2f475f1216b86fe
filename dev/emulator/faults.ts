// Faults to switch on for tests: a share of 429s (with Retry-After), of 503s, of dropped connections,
// of requests done and then answered 504 (a gateway timing out after the work was done), and added
// latency. Decided per request, inner $batch requests included.

export interface Faults {
  throttleRate: number; // 0..1 share of requests answered 429
  retryAfterSeconds: number;
  unavailableRate: number; // 0..1 share answered 503
  dropRate: number; // 0..1 share whose socket is destroyed mid-response
  timeoutRate: number; // 0..1 share processed and then answered 504 Gateway Timeout
  latencyMs: number;
  /** Only requests whose path contains this text get faults ('' for all): e.g. '/lists/' to break writes to lists while the library still reads. */
  pathContains: string;
  /** How many requests get a fault before faults stop (0 for no end): 1 with timeoutRate 1 loses exactly one answer. */
  count: number;
}

export const NO_FAULTS: Faults = {
  throttleRate: 0,
  retryAfterSeconds: 1,
  unavailableRate: 0,
  dropRate: 0,
  timeoutRate: 0,
  latencyMs: 0,
  pathContains: '',
  count: 0,
};

/** Faults from EMULATOR_* variables (shares as 0.2 or 20%). */
export function faultsFromEnv(env: Record<string, string | undefined>): Faults {
  const share = (value: string | undefined) => {
    if (!value) return 0;
    const number = value.endsWith('%') ? Number(value.slice(0, -1)) / 100 : Number(value);
    return Number.isFinite(number) ? Math.min(Math.max(number, 0), 1) : 0;
  };
  return {
    throttleRate: share(env.EMULATOR_THROTTLE),
    retryAfterSeconds: Number(env.EMULATOR_RETRY_AFTER ?? 1) || 0,
    unavailableRate: share(env.EMULATOR_UNAVAILABLE),
    dropRate: share(env.EMULATOR_DROP),
    timeoutRate: share(env.EMULATOR_TIMEOUT),
    latencyMs: Number(env.EMULATOR_LATENCY_MS ?? 0) || 0,
    pathContains: env.EMULATOR_FAULT_PATH ?? '',
    count: Number(env.EMULATOR_FAULT_COUNT ?? 0) || 0,
  };
}

export type FaultDecision = 'throttle' | 'unavailable' | 'drop' | 'timeout' | null;

export function decideFault(faults: Faults, path: string, random: () => number = Math.random): FaultDecision {
  if (!path.includes(faults.pathContains)) return null;
  const roll = random();
  if (roll < faults.throttleRate) return 'throttle';
  if (roll < faults.throttleRate + faults.unavailableRate) return 'unavailable';
  const dropped = faults.throttleRate + faults.unavailableRate + faults.dropRate;
  if (roll < dropped) return 'drop';
  if (roll < dropped + faults.timeoutRate) return 'timeout';
  return null;
}

/** A replayable run's seed: the integer a variable gives (to replay a run), else a new random one. */
export function seedFrom(given: string | undefined): number {
  const value = Number(given);
  return given !== undefined && given !== '' && Number.isInteger(value)
    ? value
    : Math.floor(Math.random() * 2 ** 31);
}

/**
 * The dice for one fault setting: a small seeded generator (mulberry32), so a run that failed under
 * faults can be replayed with the seed it printed (EMULATOR_FAULT_SEED). Without faults nothing is said.
 */
export function faultDice(faults: Faults, say: (line: string) => void, env = process.env): () => number {
  const active = faults.throttleRate + faults.unavailableRate + faults.dropRate + faults.timeoutRate > 0;
  const seed = seedFrom(env.EMULATOR_FAULT_SEED);
  if (active) say(`emulator faults: seed ${seed} (EMULATOR_FAULT_SEED=${seed} replays this run's faults)\n`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
