/** A write that would break a uniqueness rule (e.g. a username that is taken). */
export class StoreConflictError extends Error {
  override name = 'StoreConflictError';
}

/** An optimistic-concurrency write whose eTag no longer matches: someone else wrote first. */
export class ETagConflictError extends Error {
  override name = 'ETagConflictError';
}
