// `cast forecast`: automatic forecasts of the series in a CSV file, at N steps ahead or at dates.
import { readCsvSeries, readDate, type CsvSeries } from '../../engine/io/csv-series.ts';
import { formatIssue } from '../../engine/io/issues.ts';
import { autoForecast, type ForecastResult } from '../../engine/forecast/auto.ts';
import { futureDates } from '../../engine/forecast/future-dates.ts';
import type { ValueScale } from '../../engine/models/types.ts';
import { toDecimalYear, type IsoDate } from '../../engine/time.ts';
import { CliError } from '../errors.ts';
import { readInputFile } from '../io.ts';
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
  return text.split(',').map((part) => {
    const parsed = readDate(part);
    if (!parsed) throw new CliError(`--at: cannot read date "${part}" (use YYYY, YYYY-MM or YYYY-MM-DD)`, 2);
    return parsed.date;
  });
}

interface Forecasted {
  result: SeriesForecast;
  backtest: ForecastResult['backtest'];
}

function scaleFor(series: CsvSeries, unit: ValueScale | undefined): ValueScale {
  return unit ?? (series.points.every((p) => p.value >= 0) ? 'count' : 'real');
}

function forecastOne(series: CsvSeries, options: ForecastCommandOptions, at: IsoDate[] | undefined): Forecasted {
  const dates = series.points.map((p) => p.date);
  const targets = at ?? futureDates(dates, series.dateStyle, options.horizon!);
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
  const { series, issues } = readCsvSeries(readInputFile(options.input), options.input);
  const problems = issues.map(formatIssue);
  const forecasts: Forecasted[] = [];
  for (const s of series) {
    const bound = negativeValues(s, options.unit);
    if (bound) {
      problems.push(`${options.input}: series "${s.id}" ${bound}`);
      continue;
    }
    forecasts.push(forecastOne(s, options, at));
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
