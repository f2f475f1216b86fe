// React.lazy keeps a failed load for good: a component whose code could not be fetched once (offline)
// would fail again on every render. This one starts a new load when asked to retry; webpack fetches a
// chunk again after a failed attempt.
import { type ComponentType, type JSX, lazy, type LazyExoticComponent } from 'react';

export interface RetryableLazy<P> {
  Component: (props: P) => JSX.Element;
  retry(): void;
}

export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): RetryableLazy<P> {
  const fresh = () => lazy(async () => ({ default: await load() }));
  let current: LazyExoticComponent<ComponentType<P>> = fresh();
  return {
    Component: (props: P) => {
      const Loaded = current as unknown as ComponentType<P>;
      return <Loaded {...props} />;
    },
    retry: () => {
      current = fresh();
    },
  };
}
