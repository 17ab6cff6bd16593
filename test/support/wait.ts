/** Waiting in tests: poll a condition with a deadline instead of sleeping for a guessed time. */

/** Polls until `check` returns true (or a value that is not false); fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | false | Promise<T | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
