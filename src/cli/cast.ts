// `cast`: targetcast headless. Each command returns its output as text; this file only parses
// arguments, prints, and turns failures into one clear line and a non-zero exit code.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { targetCommand, yearEndCommand } from './commands/answers.ts';
import { dataCommand } from './commands/data.ts';
import { forecastCommand } from './commands/forecast.ts';
import { importCommand } from './commands/import.ts';
import { compareCommand, runCommand, seekCommand, sensitivityCommand } from './commands/scenario.ts';
import { cheapestCommand } from './commands/cheapest.ts';
import { HANOI } from '../data/index.ts';
import { createEngine, english, msg, quoted, readDate, REGION_PATTERN } from '../engine/index.ts';
import { readDatasetOption } from './dataset-option.ts';
import { CLI_LIMITS } from './limits.ts';
import { CliError } from './errors.ts';
import { numberOption } from './io.ts';

const USAGE = `usage: cast <command> [options]

commands:
  data [--metric ID] [--json | --csv]   the embedded dataset (observations and targets)
  forecast --input FILE.csv (--horizon N | --at DATE[,DATE...]) [--level 80] [--unit percent|count|currency|real] [--json]
                                        automatic forecasts of a date,value or series,date,value CSV
                                        (',' ';' or tab; numbers 70577.2 or 70.577,2; dates YYYY, YYYY-MM,
                                        YYYY-MM-DD or DD/MM/YYYY)
  import FILE.xlsx|FILE.csv --out DATASET.json [--sheet NAME] [--region NAME]
                                        your own figures and targets (a workbook or CSV, as the app
                                        imports them) to a new dataset file; prints what it read and
                                        every problem by cell (--region: of rows that name none)
  target --metric ID --value X --by DATE [--horizon DATE] [--dataset D.json] [--paths N] [--seed S] [--json]
                                        when the metric reaches X: date, range, P(by DATE); a passed
                                        deadline is judged from the data
  yearend [--year Y] [--dataset D.json] [--paths N] [--seed S] [--json]
                                        31 December of every metric with a target that year (a past
                                        year: met or missed, from the data)
  run FILE.json [--dataset D.json] [--paths N] [--seed S] [--json]
                                        a scenario: year-end median and 10-90% range, P(meet), target dates
  compare A.json B.json [--dataset D.json] [--paths N] [--seed S] [--json]
                                        differences between two scenarios, target by target
  seek FILE.json --target METRIC|ID --lever LEVER [--deadline DATE] [--prob 0.8|median] [--dataset D.json] [--json]
                                        the lever value needed to meet a target by its deadline
                                        (--deadline picks among a metric's targets in several years)
  seek FILE.json --target METRIC|ID --cheapest [--levers A,B] [--deadline DATE] [--prob 0.8|median] [--json]
                                        the cheapest way: of the city's top-ups (or --levers), the least
                                        budget cost that meets the target, with its cost in VND billion
  sensitivity FILE.json [--dataset D.json] [--paths N] [--seed S] [--json]
                                        which levers move each target most (tornado data)
  help                                  this text

--dataset D.json: ask on a dataset file (from \`cast import\`) instead of the embedded Hanoi data;
  a scenario file keeps its levers and horizon and takes the file's figures and targets`;

/** A command's output; `problems` are reported on stderr and make the exit code 1. */
type Output = string | { stdout: string; problems: string[] };
type Handler = (args: string[]) => Output | Promise<Output>;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const SIMULATION_OPTIONS = { paths: { type: 'string' }, seed: { type: 'string' }, dataset: { type: 'string' } } as const;

/** The composition root of the CLI: the engine on the embedded Hanoi data. */
const engine = createEngine(HANOI);

function parse<O extends ParseArgsOptionsConfig>(args: string[], options: O) {
  return parseWithFiles(args, options, 0).values;
}

/** Parses options and exactly `files` positional file arguments (`expected` says what they are). */
function parseWithFiles<O extends ParseArgsOptionsConfig>(
  args: string[],
  options: O,
  files: number,
  expected = files === 1 ? 'one scenario file' : `${files} scenario files`,
) {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
    // parseArgs keeps the last of a repeated option; refusing it is clearer than guessing.
    const seen = new Set<string>();
    for (const token of parsed.tokens) {
      if (token.kind !== 'option') continue;
      if (seen.has(token.name)) throw new CliError(`--${token.name} is given more than once`, 2);
      seen.add(token.name);
    }
    if (parsed.positionals.length !== files) {
      throw new CliError(
        files === 0 ? `unexpected argument ${quoted(parsed.positionals[0]!)}` : `expected ${expected}, got ${parsed.positionals.length}`,
        2,
      );
    }
    return parsed;
  } catch (error) {
    if (error instanceof CliError) throw error;
    // parseArgs explains on several lines ("Did you forget…"); one line keeps one problem per line.
    throw new CliError(error instanceof Error ? error.message.replace(/\s*\n\s*/g, ' ') : String(error), 2);
  }
}

function scenarioFlags(values: { paths?: string | boolean; seed?: string | boolean; dataset?: string | boolean; json?: string | boolean }) {
  const { min, max } = CLI_LIMITS.paths;
  const paths = numberOption(
    'paths',
    values.paths as string | undefined,
    (v) => Number.isInteger(v) && v >= min && v <= max,
    `an integer from ${min} to ${max}`,
  );
  const seed = numberOption(
    'seed',
    values.seed as string | undefined,
    (v) => Number.isInteger(v) && v >= 0 && v <= CLI_LIMITS.seedMax,
    `an integer from 0 to ${CLI_LIMITS.seedMax}`,
  );
  const dataset = typeof values.dataset === 'string' ? readDatasetOption(engine, values.dataset) : undefined;
  return {
    ...(paths !== undefined ? { paths } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(dataset ? { dataset } : {}),
    json: values.json === true,
  };
}

const COMMANDS: Record<string, Handler> = {
  data: (args) => {
    const values = parse(args, { metric: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' } });
    if (values.json && values.csv) throw new CliError('choose one of --json and --csv', 2);
    return dataCommand(engine, {
      ...(typeof values.metric === 'string' ? { metric: values.metric } : {}),
      format: values.json ? 'json' : values.csv ? 'csv' : 'table',
    });
  },
  forecast: (args) => {
    const v = parse(args, {
      input: { type: 'string' },
      horizon: { type: 'string' },
      at: { type: 'string' },
      level: { type: 'string' },
      unit: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (typeof v.input !== 'string') throw new CliError('--input FILE.csv is required', 2);
    const unit = v.unit;
    if (unit !== undefined && unit !== 'percent' && unit !== 'count' && unit !== 'currency' && unit !== 'real')
      throw new CliError(`--unit must be percent, count, currency or real, got ${quoted(unit)}`, 2);
    const horizon = numberOption(
      'horizon',
      v.horizon,
      (x) => Number.isInteger(x) && x >= 1 && x <= CLI_LIMITS.horizonSteps,
      `a whole number of steps from 1 to ${CLI_LIMITS.horizonSteps}`,
    );
    const { min, max } = CLI_LIMITS.level;
    return forecastCommand({
      input: v.input,
      ...(horizon !== undefined ? { horizon } : {}),
      ...(typeof v.at === 'string' ? { at: v.at } : {}),
      level: numberOption('level', v.level, (x) => x >= min && x <= max, `a percentage from ${min} to ${max}`) ?? 80,
      ...(unit !== undefined ? { unit } : {}),
      json: v.json === true,
    });
  },
  import: (args) => {
    const { values, positionals } = parseWithFiles(
      args,
      { out: { type: 'string' }, sheet: { type: 'string' }, region: { type: 'string' } },
      1,
      'one file to import',
    );
    if (typeof values.out !== 'string') throw new CliError('--out DATASET.json is required', 2);
    const region = values.region;
    if (typeof region === 'string' && !REGION_PATTERN.test(region))
      throw new CliError(`--region ${english(msg('regionName'))}, got ${quoted(region)}`, 2);
    return importCommand(engine, {
      file: positionals[0]!,
      out: values.out,
      ...(typeof values.sheet === 'string' ? { sheet: values.sheet } : {}),
      ...(typeof region === 'string' ? { region } : {}),
    });
  },
  target: (args) => {
    const v = parse(args, {
      metric: { type: 'string' },
      value: { type: 'string' },
      by: { type: 'string' },
      horizon: { type: 'string' },
      json: { type: 'boolean' },
      ...SIMULATION_OPTIONS,
    });
    if (typeof v.metric !== 'string' || v.value === undefined || typeof v.by !== 'string')
      throw new CliError('--metric ID, --value X and --by DATE are required', 2);
    return targetCommand(engine, {
      ...scenarioFlags(v),
      metric: v.metric,
      value: numberOption('value', v.value, (x) => x >= 0, 'a non-negative number')!,
      by: v.by,
      ...(typeof v.horizon === 'string' ? { horizon: v.horizon } : {}),
    });
  },
  yearend: (args) => {
    const v = parse(args, { year: { type: 'string' }, json: { type: 'boolean' }, ...SIMULATION_OPTIONS });
    const year = numberOption('year', v.year, (x) => Number.isInteger(x) && x >= 1990 && x <= 2100, 'a year from 1990 to 2100');
    return yearEndCommand(engine, { ...(year !== undefined ? { year } : {}), ...scenarioFlags(v) });
  },
  run: (args) => {
    const { values, positionals } = parseWithFiles(args, { json: { type: 'boolean' }, ...SIMULATION_OPTIONS }, 1);
    return runCommand(engine, positionals[0]!, scenarioFlags(values));
  },
  compare: (args) => {
    const { values, positionals } = parseWithFiles(args, { json: { type: 'boolean' }, ...SIMULATION_OPTIONS }, 2);
    return compareCommand(engine, positionals[0]!, positionals[1]!, scenarioFlags(values));
  },
  seek: (args) => {
    const { values, positionals } = parseWithFiles(
      args,
      {
        target: { type: 'string' },
        lever: { type: 'string' },
        cheapest: { type: 'boolean' },
        levers: { type: 'string' },
        deadline: { type: 'string' },
        prob: { type: 'string' },
        json: { type: 'boolean' },
        ...SIMULATION_OPTIONS,
      },
      1,
    );
    if (typeof values.target !== 'string' || (typeof values.lever !== 'string') === !values.cheapest)
      throw new CliError('--target METRIC and one of --lever LEVER and --cheapest are required', 2);
    const probability: number | 'median' =
      values.prob === 'median'
        ? 'median'
        : (numberOption('prob', values.prob, (v) => v > 0 && v < 1, 'a probability between 0 and 1, or "median"') ?? 0.8);
    const deadline = values.deadline === undefined ? undefined : readDate(String(values.deadline))?.date;
    if (values.deadline !== undefined && !deadline)
      throw new CliError(`--deadline: cannot read date ${quoted(String(values.deadline))} (use YYYY, YYYY-MM or YYYY-MM-DD)`, 2);
    const query = { ...scenarioFlags(values), target: values.target, probability, ...(deadline ? { deadline } : {}) };
    if (values.cheapest)
      return cheapestCommand(engine, positionals[0]!, {
        ...query,
        ...(typeof values.levers === 'string' ? { levers: values.levers.split(',').map((l) => l.trim()) } : {}),
      });
    return seekCommand(engine, positionals[0]!, { ...query, lever: values.lever! });
  },
  sensitivity: (args) => {
    const { values, positionals } = parseWithFiles(args, { json: { type: 'boolean' }, ...SIMULATION_OPTIONS }, 1);
    return sensitivityCommand(engine, positionals[0]!, scenarioFlags(values));
  },
  help: () => USAGE,
};

/** Control characters escaped, so that no input can move the cursor or recolour the terminal. */
function safeForTerminal(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Runs a command; asynchronous because `import` reads its file as the app does, loading the readers on demand. */
export async function runCli(argv: string[]): Promise<CliResult> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') return { code: 0, stdout: USAGE, stderr: '' };
  const commands = `commands: ${Object.keys(COMMANDS).join(', ')}; \`cast help\` explains them`;
  if (command === undefined) return { code: 2, stdout: '', stderr: `cast: no command given (${commands})` };
  // Own keys only: "valueOf" or "constructor" must not reach Object.prototype.
  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!handler) return { code: 2, stdout: '', stderr: safeForTerminal(`cast: unknown command ${quoted(command)} (${commands})`) };
  try {
    const output = await handler(rest);
    if (typeof output === 'string') return { code: 0, stdout: output, stderr: '' };
    const stderr = output.problems.map((p) => safeForTerminal(`cast ${command}: ${p}`)).join('\n');
    return { code: output.problems.length ? 1 : 0, stdout: output.stdout, stderr };
  } catch (error) {
    if (error instanceof CliError)
      return { code: error.exitCode, stdout: '', stderr: safeForTerminal(`cast ${command}: ${error.message}`) };
    const detail = error instanceof Error ? error.message : String(error);
    return { code: 70, stdout: '', stderr: safeForTerminal(`cast ${command}: internal error: ${detail} (please report this)`) };
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const result = await runCli(process.argv.slice(2));
  if (result.stdout) process.stdout.write(`${result.stdout}\n`);
  if (result.stderr) process.stderr.write(`${result.stderr}\n`);
  process.exitCode = result.code;
}
