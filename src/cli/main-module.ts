// Whether this module is the script Node was started with, so that importing cast.ts (as the tests
// do) runs nothing. npm starts a package's `bin` through a link (node_modules/.bin/cast →
// ../targetcast/dist-cli/cast.js): Node puts the link's path in argv[1] but the real file's URL in
// import.meta.url, and a URL escapes what a path may hold ('#', '%', spaces). So both become real
// file paths before they are compared, never URL strings.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function isMainModule(moduleUrl: string, scriptPath: string | undefined = process.argv[1]): boolean {
  if (scriptPath === undefined) return false;
  try {
    return realpathSync(scriptPath) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    // No such script (node -e, a REPL) or a module that is not a file: not the started script.
    return false;
  }
}
