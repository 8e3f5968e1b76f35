/**
 * A query computed on its first call, its promise shared by every later call: a build's
 * pages then share one result instead of each recomputing it. A rejected query is not kept,
 * so the next call tries again.
 */
export function once<T>(query: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    if (!result) {
      result = query();
      result.catch(() => (result = undefined));
    }
    return result;
  };
}
