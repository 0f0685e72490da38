// A command's arguments, read against its declared options: the same declarations parse the
// arguments and write the command's --help, so the help lists exactly the options it takes.
import { parseArgs } from 'node:util';
import { quoted } from '../engine/index.ts';
import { CliError } from './errors.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** The value's placeholder in help (`--year Y`); string options only. */
  value?: string;
  /** The value is an input file: `-` reads standard input. */
  file?: true;
  /** One line for the command's --help. */
  help: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface CommandSpec {
  /** What follows `cast COMMAND` in the usage line. */
  usage: string;
  /** What the command does, one line for `cast help`; more lines for the command's own help. */
  about: string[];
  /** The positional arguments, all input files: what a wrong count is told ("one scenario file"), and a help line each. */
  files?: { expected: string; each: { name: string; help: string }[] };
  /** Its options, `--help` aside (every command takes it). */
  options: OptionSpecs;
}

export interface CommandLine {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** The input-file arguments (positionals and file options) given as `-`. */
  fromStdin: number;
}

/** One line naming the option, for an option the command does not take. */
function unknownOption(command: string, raw: string): CliError {
  return new CliError(`unknown option ${quoted(raw)} (\`cast ${command} --help\` lists its options)`, 2);
}

/** True when the arguments ask for the command's help (`--help` or `-h`, before any `--`). */
export function asksForHelp(args: string[]): boolean {
  const { tokens } = parseArgs({ args, allowPositionals: true, strict: false, tokens: true });
  return tokens.some((t) => t.kind === 'option' && (t.rawName === '--help' || t.rawName === '-h'));
}

/** Parses a command's options and exactly its declared positional files. */
export function parseCommandLine(command: string, args: string[], spec: CommandSpec): CommandLine {
  const options = Object.fromEntries(Object.entries(spec.options).map(([name, o]) => [name, { type: o.type }]));
  // A first, lenient pass finds an option the command does not take, to name it in one line.
  const lenient = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const unknown = lenient.tokens.find((t) => t.kind === 'option' && !Object.hasOwn(spec.options, t.name));
  if (unknown?.kind === 'option') throw unknownOption(command, unknown.rawName);
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    // parseArgs explains on several lines ("Did you forget…"); one line keeps one problem per line.
    throw new CliError(error instanceof Error ? error.message.replace(/\s*\n\s*/g, ' ') : String(error), 2);
  }
  // parseArgs keeps the last of a repeated option; refusing it is clearer than guessing.
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new CliError(`--${token.name} is given more than once`, 2);
    seen.add(token.name);
  }
  const { positionals, values } = parsed;
  const files = spec.files?.each.length ?? 0;
  if (positionals.length !== files) {
    throw new CliError(
      spec.files ? `expected ${spec.files.expected}, got ${positionals.length}` : `unexpected argument ${quoted(positionals[0]!)}`,
      2,
    );
  }
  const fileOptions = Object.entries(spec.options)
    .filter(([, o]) => o.file)
    .map(([name]) => values[name]);
  const fromStdin = [...positionals, ...fileOptions].filter((v) => v === '-').length;
  return { values, positionals, fromStdin };
}
