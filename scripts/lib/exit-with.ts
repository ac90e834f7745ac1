/** How every command-line script ends on an error: its message (not a stack trace) and exit code 1. */
export function exitWith(error: unknown): never {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
