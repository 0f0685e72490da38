// `cast forecast`: automatic forecasts of the series in a CSV file, at N steps ahead or at dates.
import {
  quoted,
  readCsvSeries,
  readDate,
  formatIssue,
  autoForecast,
  futureDates,
  toDecimalYear,
  yearOf,
  type CsvSeries,
  type ForecastResult,
  type ValueScale,
  type IsoDate,
} from '../../engine/index.ts';
import { CLI_LIMITS } from '../limits.ts';
import { CliError } from '../errors.ts';
import { readInputFile } from '../io.ts';
import { inputName } from '../stdin.ts';
import { formatNumber, renderTable } from '../table.ts';

export interface ForecastCommandOptions {
  input: string;
  horizon?: number;
  at?: string;
  level: number;
  /** The bounds to keep; without it, non-negative data are counts and data of any sign are unbounded. */
  unit?: ValueScale;
  json: boolean;
}

export interface ForecastRow {
  date: IsoDate;
  mean: number;
  lower: number;
  upper: number;
}

export interface SeriesForecast {
  series: string;
  model: string;
  forecast: ForecastRow[];
}

function parseAt(text: string): IsoDate[] {
  const parts = text.split(',');
  if (parts.length > CLI_LIMITS.atDates)
    throw new CliError(`--at has ${formatNumber(parts.length)} dates; the limit is ${formatNumber(CLI_LIMITS.atDates)}`, 2);
  return parts.map((part) => {
    const parsed = readDate(part);
    if (!parsed) throw new CliError(`--at: cannot read date ${quoted(part)} (use YYYY, YYYY-MM or YYYY-MM-DD)`, 2);
    if (parsed.date > CLI_LIMITS.latestDate)
      throw new CliError(`--at: ${parsed.date} is after ${CLI_LIMITS.latestDate}, the last date forecasts go to`, 2);
    return parsed.date;
  });
}

const monthIndex = (date: IsoDate) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/**
 * The dates `--horizon` steps after a series' last, or why they would pass the last date forecasts
 * go to. The end is found by month arithmetic first: a series spaced centuries apart would
 * otherwise step past the year 9999, where dates stop.
 */
function horizonDates(series: CsvSeries, steps: number): IsoDate[] | string {
  const dates = series.points.map((p) => p.date);
  const last = dates.at(-1)!;
  const latest = CLI_LIMITS.latestDate;
  if (last >= latest) return `ends on ${last}; forecasts go to ${latest} at most`;
  const step = monthIndex(futureDates(dates, series.dateStyle, 1)[0]!) - monthIndex(last);
  const endYear = Math.floor((monthIndex(last) + steps * step) / 12);
  if (endYear > yearOf(latest)) return `--horizon ${steps} reaches the year ${endYear}, after ${latest}, the last date forecasts go to`;
  return futureDates(dates, series.dateStyle, steps);
}

interface Forecasted {
  result: SeriesForecast;
  backtest: ForecastResult['backtest'];
}

function scaleFor(series: CsvSeries, unit: ValueScale | undefined): ValueScale {
  return unit ?? (series.points.every((p) => p.value >= 0) ? 'count' : 'real');
}

function forecastOne(series: CsvSeries, options: ForecastCommandOptions, targets: IsoDate[]): Forecasted {
  const result = autoForecast(
    series.points.map((p) => ({ t: toDecimalYear(p.date), y: p.value })),
    { scale: scaleFor(series, options.unit), levels: [options.level] },
  );
  const predictions = result.predict(targets.map(toDecimalYear));
  return {
    result: {
      series: series.id,
      model: result.model,
      forecast: predictions.map((p, i) => ({ date: targets[i]!, mean: p.mean, lower: p.bands[0]!.lower, upper: p.bands[0]!.upper })),
    },
    backtest: result.backtest,
  };
}

/** One line per series: how the chosen forecaster did in its own rolling-origin backtest. */
function backtestLine(f: Forecasted, level: number): string {
  const { origins, mase, coverage } = f.backtest;
  if (origins === 0 || mase === null) return `${f.result.series}: too short for a backtest; robust simple models`;
  const cover = coverage[level];
  return `${f.result.series}: backtest over ${origins} origins: MASE ${mase.toFixed(3)}${cover === null || cover === undefined ? '' : `, ${level}% interval coverage ${(100 * cover).toFixed(0)}%`}`;
}

function negativeValues(series: CsvSeries, unit: ValueScale | undefined): string | null {
  if (unit === undefined || unit === 'real') return null;
  const bad = series.points.find((p) => p.value < 0 || (unit === 'percent' && p.value > 100));
  if (!bad) return null;
  return unit === 'percent'
    ? `line ${bad.line}: ${bad.value} is outside 0-100 for --unit percent`
    : `line ${bad.line}: ${bad.value} is negative; --unit ${unit} forecasts non-negative quantities`;
}

export function forecastCommand(options: ForecastCommandOptions): { stdout: string; problems: string[] } {
  if ((options.horizon === undefined) === (options.at === undefined))
    throw new CliError('give exactly one of --horizon N and --at DATE[,DATE...]', 2);
  const at = options.at === undefined ? undefined : parseAt(options.at);
  const name = inputName(options.input);
  const { series, issues } = readCsvSeries(readInputFile(options.input), name);
  const problems = issues.map(formatIssue);
  const forecasts: Forecasted[] = [];
  for (const s of series) {
    const targets = at ?? horizonDates(s, options.horizon!);
    const bound = negativeValues(s, options.unit) ?? (typeof targets === 'string' ? targets : null);
    if (bound || typeof targets === 'string') {
      problems.push(`${name}: series ${quoted(s.id)} ${bound}`);
      continue;
    }
    forecasts.push(forecastOne(s, options, targets));
  }
  if (forecasts.length === 0 && problems.length > 0) throw new CliError(problems.join('\n'));
  const results = forecasts.map((f) => f.result);
  const stdout = options.json
    ? JSON.stringify({ results })
    : `${renderTable(
        results.flatMap((r) => r.forecast.map((f) => ({ ...f, series: r.series, model: r.model }))),
        [
          { header: 'series', cell: (r) => r.series },
          { header: 'date', cell: (r) => r.date },
          { header: 'mean', cell: (r) => formatNumber(r.mean), align: 'right' },
          { header: `lower ${options.level}%`, cell: (r) => formatNumber(r.lower), align: 'right' },
          { header: `upper ${options.level}%`, cell: (r) => formatNumber(r.upper), align: 'right' },
          { header: 'model', cell: (r) => r.model },
        ],
      )}\n\n${forecasts.map((f) => backtestLine(f, options.level)).join('\n')}`;
  return { stdout, problems };
}
