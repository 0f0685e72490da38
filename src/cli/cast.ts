// `cast`: targetcast headless. Each command returns its output as text; this file parses the
// arguments against the commands' declarations (commands.ts), answers --help and --version, reads
// standard input for a `-` file, prints, and turns failures into one clear line and a non-zero exit
// code.
import { version } from '../../package.json' with { type: 'json' };
import { quoted } from '../engine/index.ts';
import { asksForHelp, parseCommandLine } from './command-line.ts';
import { COMMANDS, SPECS, type Command, type Output } from './commands.ts';
import { CliError } from './errors.ts';
import { commandHelp, overviewHelp } from './help.ts';
import { isMainModule } from './main-module.ts';
import { readStream, withStandardInput } from './stdin.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Control characters escaped, so that no input can move the cursor or recolour the terminal. */
function safeForTerminal(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const ok = (stdout: string): CliResult => ({ code: 0, stdout, stderr: '' });

/** `cast help` and `cast help COMMAND`. */
function help(topics: string[]): CliResult {
  if (topics.length === 0) return ok(overviewHelp(SPECS));
  const [topic] = topics;
  if (topics.length > 1 || !Object.hasOwn(SPECS, topic!))
    throw new CliError(`no command ${quoted(topics.join(' '))} to explain (\`cast help\` lists them)`, 2);
  return ok(commandHelp(topic!, SPECS[topic!]!));
}

async function execute(name: string, command: Command, args: string[], stdin: AsyncIterable<Uint8Array | string>): Promise<Output> {
  const { values, positionals, fromStdin } = parseCommandLine(name, args, command.spec);
  if (fromStdin === 0) return command.run(values, positionals);
  if (fromStdin > 1) throw new CliError('only one input can be - (standard input)', 2);
  return withStandardInput(await readStream(stdin), async () => command.run(values, positionals));
}

/**
 * Runs a command; asynchronous because `import` reads its file as the app does, loading the readers
 * on demand, and because a `-` file is standard input, read before the command runs.
 */
export async function runCli(argv: string[], stdin: AsyncIterable<Uint8Array | string> = process.stdin): Promise<CliResult> {
  const [name, ...rest] = argv;
  if (name === '--version') return ok(version);
  if (name === '--help' || name === '-h') return ok(overviewHelp(SPECS));
  const commands = `commands: ${Object.keys(SPECS).join(', ')}; \`cast help\` explains them`;
  if (name === undefined) return { code: 2, stdout: '', stderr: `cast: no command given (${commands})` };
  // Own keys only: "valueOf" or "constructor" must not reach Object.prototype.
  if (!Object.hasOwn(SPECS, name))
    return { code: 2, stdout: '', stderr: safeForTerminal(`cast: unknown command ${quoted(name)} (${commands})`) };
  try {
    if (asksForHelp(rest)) return ok(commandHelp(name, SPECS[name]!));
    if (name === 'help') return help(rest);
    const output = await execute(name, COMMANDS[name]!, rest, stdin);
    if (typeof output === 'string') return ok(output);
    const stderr = output.problems.map((p) => safeForTerminal(`cast ${name}: ${p}`)).join('\n');
    return { code: output.problems.length ? 1 : 0, stdout: output.stdout, stderr };
  } catch (error) {
    if (error instanceof CliError) return { code: error.exitCode, stdout: '', stderr: safeForTerminal(`cast ${name}: ${error.message}`) };
    const detail = error instanceof Error ? error.message : String(error);
    return { code: 70, stdout: '', stderr: safeForTerminal(`cast ${name}: internal error: ${detail} (please report this)`) };
  }
}

if (isMainModule(import.meta.url)) {
  const result = await runCli(process.argv.slice(2));
  if (result.stdout) process.stdout.write(`${result.stdout}\n`);
  if (result.stderr) process.stderr.write(`${result.stderr}\n`);
  process.exitCode = result.code;
}
