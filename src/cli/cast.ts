// `cast`: targetcast headless. Each command returns its output as text; this file only parses
// arguments, prints, and turns failures into one clear line and a non-zero exit code.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { dataCommand } from './commands/data.ts';
import { CliError } from './errors.ts';

const USAGE = `usage: cast <command> [options]

commands:
  data [--metric ID] [--json | --csv]   the embedded Hanoi dataset (observations and targets)
  help                                  this text`;

type Handler = (args: string[]) => string;

function parse<O extends ParseArgsOptionsConfig>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message.split('\n')[0]! : String(error), 2);
  }
}

const COMMANDS: Record<string, Handler> = {
  data: (args) => {
    const values = parse(args, { metric: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' } });
    if (values.json && values.csv) throw new CliError('choose one of --json and --csv', 2);
    return dataCommand({
      ...(typeof values.metric === 'string' ? { metric: values.metric } : {}),
      format: values.json ? 'json' : values.csv ? 'csv' : 'table',
    });
  },
  help: () => USAGE,
};

export function runCli(argv: string[]): { code: number; stdout: string; stderr: string } {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h')
    return { code: command ? 0 : 2, stdout: command ? USAGE : '', stderr: command ? '' : USAGE };
  const handler = COMMANDS[command];
  if (!handler) return { code: 2, stdout: '', stderr: `cast: unknown command "${command}"\n${USAGE}` };
  try {
    return { code: 0, stdout: handler(rest), stderr: '' };
  } catch (error) {
    if (error instanceof CliError) return { code: error.exitCode, stdout: '', stderr: `cast ${command}: ${error.message}` };
    const detail = error instanceof Error ? error.message : String(error);
    return { code: 70, stdout: '', stderr: `cast ${command}: internal error: ${detail} (please report this)` };
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const result = runCli(process.argv.slice(2));
  if (result.stdout) process.stdout.write(`${result.stdout}\n`);
  if (result.stderr) process.stderr.write(`${result.stderr}\n`);
  process.exitCode = result.code;
}
