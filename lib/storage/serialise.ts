/** Run async read-modify-write updates one after another, so two tabs cannot overwrite each other's change. */
export function serialised(): <T>(task: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
}

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/**
 * Like serialised(), but also across the extension's pages and its background: the popup, the comparison
 * page and the background all write saved sites. Uses the Web Locks API (one lock per name for our whole
 * origin) where it exists; elsewhere (Node tests) one queue per context.
 */
export function serialisedAcrossPages(name: string): <T>(task: () => Promise<T>) => Promise<T> {
  const local = serialised();
  return <T>(task: () => Promise<T>) => {
    const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
    return locks ? local(() => locks.request(name, task)) : local(task);
  };
}
