// Child processes for the built-CLI tests, in the environment a user's shell would give them.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository (this file is tests/cli/processes.ts). */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The environment without what `npm test` and vitest add: above all npm_config_local_prefix, which
 * would make an `npm install` in a temporary folder install into this repository instead. npx is
 * told never to fetch a package: `npx cast` must find the installed one.
 */
export function userEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(npm_(package_|lifecycle_|command$|config_local_prefix$)|INIT_CWD$|VITEST|NODE_ENV$|TEST$)/.test(name),
    ),
  );
  return { ...env, npm_config_yes: 'false', npm_config_update_notifier: 'false' };
}

/** Runs a program to its end and returns its stdout; its stderr is kept out of the test's output, and a failure throws with it. */
export function run(program: string, args: string[], options: { cwd?: string; input?: Uint8Array | string } = {}): string {
  return execFileSync(program, args, {
    cwd: options.cwd ?? REPO,
    env: userEnv(),
    encoding: 'utf8',
    input: options.input ?? '',
    stdio: 'pipe',
  });
}

/** Runs a program to its end, failing or not. */
export function attempt(
  program: string,
  args: string[],
  options: { cwd?: string; input?: Uint8Array | string } = {},
): SpawnSyncReturns<string> {
  return spawnSync(program, args, { cwd: options.cwd ?? REPO, env: userEnv(), encoding: 'utf8', input: options.input ?? '' });
}
