// An answer asked for once and shared by every caller; asked again only after it failed.

/** The answer of `get`, asked once; asked again only after it failed. */
export function onceUnlessFailed<T>(get: () => Promise<T>): () => Promise<T> {
  let answer: Promise<T> | null = null;
  return () =>
    (answer ??= get().catch((error: unknown) => {
      answer = null;
      throw error;
    }));
}
