// The commands `cast` runs: for each, its declaration (usage, what it does, its files and options,
// which parse its arguments and write its --help) and the function that runs it on what was parsed.
import { targetCommand, yearEndCommand } from './commands/answers.ts';
import { dataCommand } from './commands/data.ts';
import { forecastCommand } from './commands/forecast.ts';
import { importCommand } from './commands/import.ts';
import { compareCommand, runCommand, seekCommand, sensitivityCommand } from './commands/scenario.ts';
import { cheapestCommand } from './commands/cheapest.ts';
import { HANOI } from '../data/index.ts';
import { createEngine, english, msg, quoted, readDate, REGION_PATTERN, SCENARIO_LIMITS } from '../engine/index.ts';
import type { CommandLine, CommandSpec, OptionSpecs } from './command-line.ts';
import { readDatasetOption } from './dataset-option.ts';
import { CliError } from './errors.ts';
import { numberOption } from './io.ts';
import { CLI_LIMITS } from './limits.ts';
import { STDIN } from './stdin.ts';
import { formatNumber } from './table.ts';

/** A command's output; `problems` are reported on stderr and make the exit code 1. */
export type Output = string | { stdout: string; problems: string[] };
type Values = CommandLine['values'];

export interface Command {
  spec: CommandSpec;
  run: (values: Values, files: string[]) => Output | Promise<Output>;
}

/** The composition root of the CLI: the engine on the embedded Hanoi data. */
const engine = createEngine(HANOI);

const text = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);

const JSON_OPTION: OptionSpecs = { json: { type: 'boolean', help: 'print JSON instead of a table' } };

/** --dataset, --paths and --seed (with their defaults as the command has them), and --json. */
function simulationOptions(defaults: { paths: string; seed: string }, dataset: string): OptionSpecs {
  const { min, max } = CLI_LIMITS.paths;
  return {
    dataset: { type: 'string', value: 'D.json', file: true, help: dataset },
    paths: {
      type: 'string',
      value: 'N',
      help: `simulated paths, ${formatNumber(min)} to ${formatNumber(max)} (default: ${defaults.paths})`,
    },
    seed: { type: 'string', value: 'S', help: `random seed, 0 to ${formatNumber(CLI_LIMITS.seedMax)} (default: ${defaults.seed})` },
    ...JSON_OPTION,
  };
}

/** The questions asked of the data at default levers (target, yearend), as a new scenario has them. */
const ANSWER_OPTIONS = simulationOptions(
  { paths: formatNumber(SCENARIO_LIMITS.defaultPaths), seed: '1' },
  'ask on a dataset file (from `cast import`) instead of the embedded Hanoi data',
);
/** The scenario commands keep the file's settings unless told. */
const SCENARIO_OPTIONS = simulationOptions(
  { paths: "the scenario file's", seed: "the scenario file's" },
  "the figures and targets of a dataset file (from `cast import`) instead of the scenario's own",
);
const SCENARIO_FILE = { name: 'FILE.json', help: 'a scenario file (as the app saves it)' };

function scenarioFlags(values: Values) {
  const { min, max } = CLI_LIMITS.paths;
  const paths = numberOption(
    'paths',
    text(values.paths),
    (v) => Number.isInteger(v) && v >= min && v <= max,
    `an integer from ${min} to ${max}`,
  );
  const seed = numberOption(
    'seed',
    text(values.seed),
    (v) => Number.isInteger(v) && v >= 0 && v <= CLI_LIMITS.seedMax,
    `an integer from 0 to ${CLI_LIMITS.seedMax}`,
  );
  const dataset = text(values.dataset);
  return {
    ...(paths !== undefined ? { paths } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(dataset !== undefined ? { dataset: readDatasetOption(engine, dataset) } : {}),
    json: values.json === true,
  };
}

export const COMMANDS: Record<string, Command> = {
  data: {
    spec: {
      usage: '[--metric ID] [--json | --csv]',
      about: ['the embedded dataset (observations and targets)', 'Every figure and target of the embedded Hanoi data, with its source.'],
      options: {
        metric: { type: 'string', value: 'ID', help: "only this metric's figures and targets (`cast data` lists the ids)" },
        ...JSON_OPTION,
        csv: { type: 'boolean', help: 'print CSV (RFC 4180) instead of a table' },
      },
    },
    run: (values) => {
      if (values.json && values.csv) throw new CliError('choose one of --json and --csv', 2);
      const metric = text(values.metric);
      return dataCommand(engine, {
        ...(metric !== undefined ? { metric } : {}),
        format: values.json ? 'json' : values.csv ? 'csv' : 'table',
      });
    },
  },
  forecast: {
    spec: {
      usage: '--input FILE.csv (--horizon N | --at DATE[,DATE...]) [options]',
      about: [
        'automatic forecasts of a date,value or series,date,value CSV',
        "The file's columns are separated by ',' ';' or tab; numbers are written 70577.2 or 70.577,2;",
        'dates YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY.',
      ],
      options: {
        input: { type: 'string', value: 'FILE.csv', file: true, help: 'the series to forecast (required)' },
        horizon: {
          type: 'string',
          value: 'N',
          help: `forecast N steps past each series' last date (1 to ${formatNumber(CLI_LIMITS.horizonSteps)})`,
        },
        at: {
          type: 'string',
          value: 'DATE[,DATE...]',
          help: `forecast at these dates (at most ${formatNumber(CLI_LIMITS.atDates)}, none after ${CLI_LIMITS.latestDate})`,
        },
        level: {
          type: 'string',
          value: 'P',
          help: `the interval's coverage in percent, ${CLI_LIMITS.level.min} to ${CLI_LIMITS.level.max} (default: 80)`,
        },
        unit: {
          type: 'string',
          value: 'U',
          help: 'percent, count, currency or real: the bounds kept (default: count; real if a value is negative)',
        },
        ...JSON_OPTION,
      },
    },
    run: (v) => {
      const input = text(v.input);
      if (input === undefined) throw new CliError('--input FILE.csv is required', 2);
      const unit = text(v.unit);
      if (unit !== undefined && unit !== 'percent' && unit !== 'count' && unit !== 'currency' && unit !== 'real')
        throw new CliError(`--unit must be percent, count, currency or real, got ${quoted(unit)}`, 2);
      const horizon = numberOption(
        'horizon',
        text(v.horizon),
        (x) => Number.isInteger(x) && x >= 1 && x <= CLI_LIMITS.horizonSteps,
        `a whole number of steps from 1 to ${CLI_LIMITS.horizonSteps}`,
      );
      const at = text(v.at);
      const { min, max } = CLI_LIMITS.level;
      return forecastCommand({
        input,
        ...(horizon !== undefined ? { horizon } : {}),
        ...(at !== undefined ? { at } : {}),
        level: numberOption('level', text(v.level), (x) => x >= min && x <= max, `a percentage from ${min} to ${max}`) ?? 80,
        ...(unit !== undefined ? { unit } : {}),
        json: v.json === true,
      });
    },
  },
  import: {
    spec: {
      usage: 'FILE --out DATASET.json [--sheet NAME] [--region NAME]',
      about: [
        'your own figures and targets (a workbook or CSV, as the app imports them) to a new dataset file',
        'Prints what it read, sheet by sheet, and every problem by cell; --dataset DATASET.json then asks',
        'the other commands on it.',
      ],
      files: {
        expected: 'one file to import',
        each: [{ name: 'FILE', help: 'a workbook (.xlsx) or a CSV file' }],
      },
      options: {
        out: { type: 'string', value: 'DATASET.json', help: 'the dataset file to write (required; a new file: cast never overwrites one)' },
        sheet: { type: 'string', value: 'NAME', help: 'read only this sheet of the workbook' },
        region: { type: 'string', value: 'NAME', help: 'the region of rows that name none (default: the one the file names, else Hanoi)' },
      },
    },
    run: (values, [file]) => {
      const out = text(values.out);
      if (out === undefined) throw new CliError('--out DATASET.json is required', 2);
      if (out === STDIN) throw new CliError('--out names a file: standard output shows what was read', 2);
      const region = text(values.region);
      if (region !== undefined && !REGION_PATTERN.test(region))
        throw new CliError(`--region ${english(msg('regionName'))}, got ${quoted(region)}`, 2);
      const sheet = text(values.sheet);
      return importCommand(engine, {
        file: file!,
        out,
        ...(sheet !== undefined ? { sheet } : {}),
        ...(region !== undefined ? { region } : {}),
      });
    },
  },
  target: {
    spec: {
      usage: '--metric ID --value X --by DATE [options]',
      about: [
        'when a metric reaches a value: date, range, P(by DATE)',
        'Asked of a new scenario at default levers; a passed deadline is judged from the data.',
      ],
      options: {
        metric: { type: 'string', value: 'ID', help: 'the metric (required; `cast data` lists the ids)' },
        value: { type: 'string', value: 'X', help: "the value to reach, in the metric's unit (required)" },
        by: { type: 'string', value: 'DATE', help: 'the deadline, YYYY, YYYY-MM or YYYY-MM-DD (required)' },
        horizon: {
          type: 'string',
          value: 'DATE',
          help: "how far to simulate (default: two years past --by; a year's flow: its year's end)",
        },
        ...ANSWER_OPTIONS,
      },
    },
    run: (v) => {
      const [metric, by, horizon] = [text(v.metric), text(v.by), text(v.horizon)];
      if (metric === undefined || v.value === undefined || by === undefined)
        throw new CliError('--metric ID, --value X and --by DATE are required', 2);
      return targetCommand(engine, {
        ...scenarioFlags(v),
        metric,
        value: numberOption('value', text(v.value), (x) => x >= 0, 'a non-negative number')!,
        by,
        ...(horizon !== undefined ? { horizon } : {}),
      });
    },
  },
  yearend: {
    spec: {
      usage: '[--year Y] [options]',
      about: [
        '31 December of every metric with a target that year',
        'Median, 80% range and P(meet) at default levers; a past year: met or missed, from the data.',
      ],
      options: {
        year: { type: 'string', value: 'Y', help: "the year (default: the year of the data's newest figure)" },
        ...ANSWER_OPTIONS,
      },
    },
    run: (v) => {
      const year = numberOption('year', text(v.year), (x) => Number.isInteger(x) && x >= 1990 && x <= 2100, 'a year from 1990 to 2100');
      return yearEndCommand(engine, { ...(year !== undefined ? { year } : {}), ...scenarioFlags(v) });
    },
  },
  run: {
    spec: {
      usage: 'FILE.json [options]',
      about: ['a scenario: year-end median and 10-90% range, P(meet), target dates'],
      files: { expected: 'one scenario file', each: [SCENARIO_FILE] },
      options: SCENARIO_OPTIONS,
    },
    run: (values, [file]) => runCommand(engine, file!, scenarioFlags(values)),
  },
  compare: {
    spec: {
      usage: 'A.json B.json [options]',
      about: [
        'differences between two scenarios, target by target',
        'Side by side: year-end medians (B - A), P(meet), target dates and budget cost (B - A).',
      ],
      files: {
        expected: '2 scenario files',
        each: [
          { name: 'A.json', help: 'the first scenario file' },
          { name: 'B.json', help: 'the second, compared with the first' },
        ],
      },
      options: SCENARIO_OPTIONS,
    },
    run: (values, [a, b]) => compareCommand(engine, a!, b!, scenarioFlags(values)),
  },
  seek: {
    spec: {
      usage: 'FILE.json --target METRIC|ID (--lever LEVER | --cheapest [--levers A,B]) [options]',
      about: [
        "the lever value needed to meet a target by its deadline, or the cheapest levers' values",
        'With --cheapest: of the city top-ups (or --levers), the least budget cost that meets the',
        'target, with its cost in VND billion.',
      ],
      files: { expected: 'one scenario file', each: [SCENARIO_FILE] },
      options: {
        target: { type: 'string', value: 'METRIC|ID', help: "the target to meet: a metric with a target, or a target's id (required)" },
        lever: { type: 'string', value: 'LEVER', help: 'the lever to move (this or --cheapest)' },
        cheapest: { type: 'boolean', help: 'the least budget cost over several levers (this or --lever)' },
        levers: { type: 'string', value: 'A,B', help: "with --cheapest: the levers to combine (default: the city's top-ups)" },
        deadline: { type: 'string', value: 'DATE', help: "which of a metric's targets, when it has one in several years" },
        prob: { type: 'string', value: 'P', help: 'the chance of meeting it, between 0 and 1, or median (default: 0.8)' },
        ...SCENARIO_OPTIONS,
      },
    },
    run: (values, [file]) => {
      const [target, lever] = [text(values.target), text(values.lever)];
      if (target === undefined || (lever === undefined) === !values.cheapest)
        throw new CliError('--target METRIC and one of --lever LEVER and --cheapest are required', 2);
      const prob = text(values.prob);
      const probability: number | 'median' =
        prob === 'median'
          ? 'median'
          : (numberOption('prob', prob, (v) => v > 0 && v < 1, 'a probability between 0 and 1, or "median"') ?? 0.8);
      const deadlineText = text(values.deadline);
      const deadline = deadlineText === undefined ? undefined : readDate(deadlineText)?.date;
      if (deadlineText !== undefined && !deadline)
        throw new CliError(`--deadline: cannot read date ${quoted(deadlineText)} (use YYYY, YYYY-MM or YYYY-MM-DD)`, 2);
      const query = { ...scenarioFlags(values), target, probability, ...(deadline ? { deadline } : {}) };
      const levers = text(values.levers);
      if (values.cheapest)
        return cheapestCommand(engine, file!, {
          ...query,
          ...(levers !== undefined ? { levers: levers.split(',').map((l) => l.trim()) } : {}),
        });
      return seekCommand(engine, file!, { ...query, lever: lever! });
    },
  },
  sensitivity: {
    spec: {
      usage: 'FILE.json [options]',
      about: ['which levers move each target most (tornado data)'],
      files: { expected: 'one scenario file', each: [SCENARIO_FILE] },
      options: SCENARIO_OPTIONS,
    },
    run: (values, [file]) => sensitivityCommand(engine, file!, scenarioFlags(values)),
  },
};

/** Each command's declaration, and `help`'s. */
export const SPECS: Record<string, CommandSpec> = {
  ...Object.fromEntries(Object.entries(COMMANDS).map(([name, c]) => [name, c.spec])),
  help: { usage: '[COMMAND]', about: ["this text, or a command's (as cast COMMAND --help)"], options: {} },
};
