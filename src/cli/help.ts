// `cast --help` and `cast COMMAND --help`, written from the commands' declarations (command-line.ts).
import type { CommandSpec } from './command-line.ts';

type Row = [name: string, help: string];

/** Two columns: the names padded to `width` (by default the widest), then their one-line help. */
function columns(rows: Row[], width = Math.max(...rows.map(([name]) => name.length))): string[] {
  return rows.map(([name, help]) => `  ${name.padEnd(width)}  ${help}`);
}

/** The overview: every command with its first line of description. */
export function overviewHelp(commands: Record<string, CommandSpec>): string {
  return [
    'usage: cast COMMAND [options]',
    '       cast COMMAND --help   the command, its arguments and its options',
    '       cast --version',
    '',
    'commands:',
    ...columns(Object.entries(commands).map(([name, spec]) => [name, spec.about[0]!])),
    '',
    'Where a command reads a file, - reads it from standard input.',
  ].join('\n');
}

/** One command: its usage, what it does, then its arguments and options, one line each. */
export function commandHelp(name: string, spec: CommandSpec): string {
  const files = (spec.files?.each ?? []).map((f): Row => [f.name, f.help]);
  const options = Object.entries(spec.options).map(([option, o]): Row => [`--${option}${o.value ? ` ${o.value}` : ''}`, o.help]);
  options.push(['-h, --help', 'this help']);
  // One width for both lists, so that their help lines start in one column.
  const width = Math.max(...[...files, ...options].map(([n]) => n.length));
  const [summary, ...more] = spec.about;
  const lines = [
    `usage: cast ${name}${spec.usage ? ` ${spec.usage}` : ''}`,
    '',
    `${summary![0]!.toUpperCase()}${summary!.slice(1)}.`,
    ...more,
  ];
  if (files.length > 0) lines.push('', 'arguments:', ...columns(files, width));
  lines.push('', 'options:', ...columns(options, width));
  if (files.length > 0 || Object.values(spec.options).some((o) => o.file))
    lines.push('', 'A - in place of an input file reads it from standard input (one input per run).');
  return lines.join('\n');
}
