interface Scheduler {
  yield(): Promise<void>;
}

/** Lets the host page run before the next step, so no one task of ours is long. */
export function yieldToHost(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
