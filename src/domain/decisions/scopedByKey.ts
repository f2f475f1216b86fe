// One browser keeps the outbox and the drafts of every tab it opens, in every channel, under the
// decision's key ("2015-06-11#2"); a save or draft made in one channel's tab must never be sent from
// another's (a private channel's decision into its team's site). Each tab therefore sees only its own
// scope of the shared store: its channel and list.

interface Keyed {
  key: string;
}

/** A store of items by key, as the decision outbox and the draft store are. */
export interface KeyedStore<T extends Keyed, Rest extends unknown[]> {
  put(item: T): Promise<void>;
  remove(key: string, ...rest: Rest): Promise<void>;
  all(): Promise<T[]>;
}

/** The scope of one tab: the team, the channel and the list its decisions go to. */
export const decisionScope = (teamId: string, channelId: string, listName: string) =>
  JSON.stringify([teamId, channelId, listName]);

/**
 * The part of `store` that belongs to `scope`: its items are kept under the scope and the key, and no
 * other item is seen. Items kept without a scope (by a version before scopes) belong to no tab and are
 * left alone: where they were meant to go cannot be known, so they are never sent anywhere.
 */
export function scopedByKey<T extends Keyed, Rest extends unknown[]>(
  store: KeyedStore<T, Rest>,
  scope: string,
): KeyedStore<T, Rest> {
  const prefix = `${scope}\n`;
  return {
    put: (item) => store.put({ ...item, key: prefix + item.key }),
    remove: (key, ...rest) => store.remove(prefix + key, ...rest),
    all: async () =>
      (await store.all())
        .filter((item) => item.key.startsWith(prefix))
        .map((item) => ({ ...item, key: item.key.slice(prefix.length) })),
  };
}
