/**
 * Console messages for site owners, each distinct message printed once per page,
 * so re-reading the configuration does not repeat them.
 */
const printed = new Set<string>();

/** Prints `message` with `console.warn` unless it was printed before. */
export function warnOnce(message: string, ...context: unknown[]): void {
  if (printed.has(message)) return;
  printed.add(message);
  console.warn(message, ...context);
}

/** Why something failed, for a message: an error's own message, or the value as text. */
export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Prints `message` with `console.error` unless it was printed before: for what costs visitors something (a missing translation). */
export function errorOnce(message: string): void {
  if (printed.has(message)) return;
  printed.add(message);
  console.error(message);
}
