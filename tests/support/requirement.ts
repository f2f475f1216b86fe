// What a suite needs from the machine (chromium, ../shared/corpus). Locally a missing need skips the suite
// and says why; under CI=true it fails, naming what is missing, so a green CI run never means "not run".

export interface Requirement {
  /** What is needed, for the message: "chromium at /usr/bin/chromium". */
  what: string;
  /** How to get it: "apt-get install -y chromium". */
  remedy: string;
  present: boolean;
}

export const underCi = (): boolean => /^(1|true)$/i.test(process.env.CI ?? '');

/** `describe` when the requirement holds; otherwise skipped (locally) or one failing test (under CI=true). */
export function describeRequiring(requirement: Requirement, name: string, body: () => void): void {
  if (requirement.present) {
    describe(name, body);
    return;
  }
  const missing = `${name}: needs ${requirement.what}, which is missing (${requirement.remedy})`;
  if (underCi()) {
    describe(name, () => {
      it('has what it needs', () => {
        throw new Error(`${missing}; CI=true, so this fails instead of skipping`);
      });
    });
    return;
  }
  process.stdout.write(`skipped "${missing}"\n`);
  describe.skip(name, body);
}

/** The same rule for one test table inside a suite: `it.each` when present, else skipped or failing. */
export function itEachRequiring<T>(requirement: Requirement, cases: readonly T[]) {
  if (requirement.present) return it.each(cases);
  if (underCi()) {
    return (title: string, _body: (value: T) => unknown) =>
      it(`${title} (missing ${requirement.what})`, () => {
        throw new Error(`needs ${requirement.what} (${requirement.remedy}); CI=true, so this fails`);
      });
  }
  process.stdout.write(`skipped tests that need ${requirement.what} (${requirement.remedy})\n`);
  return it.skip.each(cases);
}
