// The app's commands by name, so a shortcut reaches the component that does the work (the toolbar
// saves and opens, the help panel opens itself) without either knowing the other.
import type { Command } from './shortcuts.ts';

const handlers = new Map<Command, () => void>();

/** Registers what a command does; returns the function that removes it (for an $effect's teardown). */
export function onCommand(command: Command, run: () => void): () => void {
  handlers.set(command, run);
  return () => {
    if (handlers.get(command) === run) handlers.delete(command);
  };
}

/** Runs a command; false when nothing does it (then the key is left to the browser). */
export function runCommand(command: Command): boolean {
  const run = handlers.get(command);
  run?.();
  return run !== undefined;
}
