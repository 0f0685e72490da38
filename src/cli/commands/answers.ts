// `cast target` and `cast yearend`: the two questions, answered on the embedded Hanoi data.
import { HANOI_DATASET, METRICS } from '../../data/index.ts';
import { targetDate, type TargetDateAnswer } from '../../engine/answers/target-date.ts';
import { NotForecastable } from '../../engine/answers/simulate.ts';
import { yearEndPreview, type YearEndAnswer } from '../../engine/answers/year-end.ts';
import { quoted, readDate } from '../../engine/io/csv-series.ts';
import { CLI_LIMITS } from '../../engine/io/limits.ts';
import { MIN_DATE } from '../../engine/io/observation-schema.ts';
import { yearOf } from '../../engine/time.ts';
import { CliError } from '../errors.ts';
import { formatNumber, renderTable } from '../table.ts';
import { selectDataset } from './data.ts';

export interface SimulationFlags {
  paths: number;
  seed: number;
}

const pct = (p: number | undefined) => (p === undefined ? '' : `${(100 * p).toFixed(1)}%`);

function sourcesOf(ids: readonly string[]): string[] {
  const docs = new Set(ids.map((id) => HANOI_DATASET.observations.find((o) => o.id === id)?.source.document ?? id));
  return [...docs];
}

export function targetCommand(
  options: { metric: string; value: number; by: string; horizon?: string; json: boolean } & SimulationFlags,
): string {
  const figures = selectDataset(options.metric).observations; // validates the metric id with a helpful message
  // Simulations stop a bounded time after the data, like a scenario file's horizon: paths times
  // months is what costs time and memory.
  const lastFigure = figures.reduce((last, o) => (o.asOf > last ? o.asOf : last), MIN_DATE);
  const latest = `${yearOf(lastFigure) + CLI_LIMITS.simulationYears}-12-31`;
  const simulationDate = (option: string, text: string) => {
    const date = readDate(text)?.date;
    if (!date) throw new CliError(`--${option}: cannot read date ${quoted(text)} (use YYYY, YYYY-MM or YYYY-MM-DD)`, 2);
    if (date > latest)
      throw new CliError(
        `--${option} ${date} is after ${latest}: simulations go at most ${CLI_LIMITS.simulationYears} years past the last figure of ${options.metric} (${lastFigure})`,
        2,
      );
    return date;
  };
  const by = simulationDate('by', options.by);
  const horizon = options.horizon === undefined ? undefined : simulationDate('horizon', options.horizon);
  let answer: TargetDateAnswer;
  try {
    answer = targetDate(HANOI_DATASET, METRICS, {
      metric: options.metric,
      value: options.value,
      by,
      ...(horizon ? { horizon } : {}),
      nPaths: options.paths,
      seed: options.seed,
    });
  } catch (error) {
    if (error instanceof NotForecastable) throw new CliError(error.message);
    throw error;
  }
  if (options.json) return JSON.stringify({ ...answer, sources: sourcesOf(answer.basisIds) }, null, 2);
  const head = `${answer.metric} (${answer.region}) reaching ${formatNumber(answer.value)} by ${answer.by}`;
  const lines = [head];
  if (answer.status === 'already-reached') {
    lines.push(`already reached on ${answer.reachedOn} (${answer.observationId})`);
  } else {
    lines.push(
      answer.status === 'forecast'
        ? `median crossing date: ${answer.medianDate} (10-90%: ${answer.p10Date ?? 'not within horizon'} to ${answer.p90Date ?? `after ${answer.horizon}`})`
        : `not reached within the horizon (${answer.horizon}) on the median path`,
      `P(reached by ${answer.by}): ${pct(answer.probByDeadline)}; P(reached by ${answer.horizon}): ${pct(answer.probWithinHorizon)}`,
      `model: ${answer.model}`,
    );
  }
  lines.push(`inputs: ${answer.basisIds.join(', ')}`, `sources: ${sourcesOf(answer.basisIds).join(', ')}`);
  return lines.join('\n');
}

function latestYear(): number {
  return Math.max(...HANOI_DATASET.observations.map((o) => Number(o.asOf.slice(0, 4))));
}

export function yearEndCommand(options: { year?: number; json: boolean } & SimulationFlags): string {
  const year = options.year ?? latestYear();
  const answers = yearEndPreview(HANOI_DATASET, METRICS, year, { nPaths: options.paths, seed: options.seed });
  if (answers.length === 0) throw new CliError(`no targets with a deadline of 31 December ${year} in the dataset`);
  if (options.json) return JSON.stringify({ year, answers: answers.map((a) => ({ ...a, sources: sourcesOf(a.basisIds) })) }, null, 2);
  const range = (a: YearEndAnswer) =>
    a.value && a.status === 'forecast' ? `${formatNumber(a.value.p10, 2)} to ${formatNumber(a.value.p90, 2)}` : '';
  const table = renderTable(answers, [
    { header: 'metric', cell: (a) => a.metric },
    { header: 'latest', cell: (a) => `${formatNumber(a.latest.value, 2)} (${a.latest.asOf})`, align: 'right' },
    { header: `31 Dec ${year}`, cell: (a) => (a.value ? formatNumber(a.value.median, 2) : 'n/a'), align: 'right' },
    { header: '80% range', cell: range, align: 'right' },
    { header: 'target', cell: (a) => formatNumber(a.target.value, 2), align: 'right' },
    { header: '% of target', cell: (a) => (a.pctOfTarget ? `${a.pctOfTarget.median.toFixed(1)}%` : ''), align: 'right' },
    { header: 'P(meet)', cell: (a) => pct(a.probMeet), align: 'right' },
    { header: 'status', cell: (a) => a.status },
    { header: 'unit', cell: (a) => a.unit },
  ]);
  const models = answers.map(
    (a) => `  ${a.metric}: ${a.model ?? a.reason ?? 'reported figure'}; sources: ${sourcesOf(a.basisIds).join(', ')}`,
  );
  return `Year-end ${year}, Hanoi (${options.paths} simulated paths, seed ${options.seed})\n${table}\n\nModels and sources:\n${models.join('\n')}`;
}
