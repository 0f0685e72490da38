// `cast target` and `cast yearend`: the two questions on the embedded data (or a dataset file's),
// asked of the scenario engine at default levers (a new scenario, as the app's New makes), so they
// give the numbers `cast run` gives on the baseline scenario file. `target` adds its question as a
// target.
import {
  english,
  impliedLatestShare,
  newestObservation,
  quoted,
  readDate,
  MIN_DATE,
  yearEnd,
  yearOf,
  type Dataset,
  type Engine,
  type MetricDef,
  type Observation,
  type Region,
  type Scenario,
  type ScenarioResult,
  type Target,
  type TargetOutcome,
  type TargetResult,
  type IsoDate,
} from '../../engine/index.ts';
import type { DatasetOption } from '../dataset-option.ts';
import { CliError } from '../errors.ts';
import { CLI_LIMITS } from '../limits.ts';
import { formatIn, renderTable, unitText } from '../table.ts';
import { selectDataset } from './data.ts';

export interface SimulationFlags {
  paths?: number;
  seed?: number;
  /** The data to ask instead of the embedded dataset. */
  dataset?: DatasetOption;
}

const pct = (p: number | undefined) => (p === undefined ? '' : `${(100 * p).toFixed(1)}%`);

/** What the questions are asked of: a new scenario on the data, its dataset, metrics and region. */
interface Basis {
  scenario: Scenario;
  dataset: Dataset;
  metrics: MetricDef[];
  region: Region;
  file?: DatasetOption;
}

/**
 * A new scenario on the embedded data or the dataset file's, every lever at its default; levers
 * act, and the horizon starts, after the data's newest figure.
 */
function basisOf(engine: Engine, option: DatasetOption | undefined): Basis {
  const scenario = engine.newScenario(option ? { data: option.data } : {});
  const dataset = engine.scenarioData(scenario);
  if (!dataset.ok) throw new CliError(dataset.issues.map((i) => `${i.where}: ${i.message}`).join('; '));
  const metrics = engine.metricsOf(scenario);
  return {
    scenario,
    dataset: dataset.value,
    metrics,
    region: engine.regionOf(scenario, dataset.value),
    ...(option ? { file: option } : {}),
  };
}

/** The basis's scenario with extra targets, simulated to `horizon`. */
function runBaseline(engine: Engine, basis: Basis, horizon: IsoDate, targets: Target[], flags: SimulationFlags) {
  const fresh = basis.scenario;
  const scenario: Scenario = {
    ...fresh,
    horizon: horizon > fresh.leversFrom ? horizon : fresh.leversFrom,
    data: { ...fresh.data, targets: [...fresh.data.targets, ...targets] },
  };
  const data = engine.scenarioData(scenario);
  if (!data.ok) throw new CliError(data.issues.map((i) => `${i.where}: ${i.message}`).join('; '));
  const simulation = engine.simulate(scenario, data.value, flags);
  const { levers, distributions, leversFrom } = scenario;
  return { scenario, simulation, result: simulation.run({ levers, distributions, leversFrom }) };
}

/** The documents figures come from (a report, an imported file), by observation id. */
function sourcesOf(basis: Basis, ids: readonly string[]): string[] {
  const observations = basis.dataset.observations;
  return [...new Set(ids.map((id) => observations.find((o) => o.id === id)?.source.document ?? id))];
}

/** Where a metric's simulation rests: its model, method and observation ids. */
function modelOf(result: ScenarioResult, metric: string) {
  return result.models[metric] ?? { model: undefined, method: undefined, basisIds: [] as string[] };
}

type Answer = { kind: 'forecast'; answer: TargetResult } | { kind: 'outcome'; answer: TargetOutcome };

function answerFor(result: ScenarioResult, targetId: string): Answer | undefined {
  const forecast = result.targets.find((t) => t.target.id === targetId);
  if (forecast) return { kind: 'forecast', answer: forecast };
  const outcome = result.outcomes.find((o) => o.target.id === targetId);
  return outcome && { kind: 'outcome', answer: outcome };
}

export function targetCommand(
  engine: Engine,
  options: { metric: string; value: number; by: string; horizon?: string; json: boolean } & SimulationFlags,
): string {
  const basis = basisOf(engine, options.dataset);
  const named = [...new Set(basis.dataset.observations.map((o) => o.metric))].sort();
  const listed = basis.file ? `${basis.file.path} has figures of ${named.join(', ')}` : undefined;
  const figures = selectDataset(basis.dataset, basis.metrics, options.metric, listed).observations; // validates the metric id with a helpful message
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
  const def = basis.metrics.find((m) => m.id === options.metric)!;
  // By default two years past the deadline, to date a late crossing; a year-to-date flow's target
  // is about its year, which ends its question.
  const twoYearsLater = `${yearOf(by) + 2}${by.slice(4)}`;
  const defaultHorizon = def.kind === 'ytd-flow' ? yearEnd(yearOf(by)) : twoYearsLater < latest ? twoYearsLater : latest;
  const horizon = options.horizon === undefined ? defaultHorizon : simulationDate('horizon', options.horizon);
  if (horizon < by) throw new CliError(`--horizon ${horizon} is before --by ${by}`, 2);
  const question: Target = {
    id: 'cast.target',
    metric: options.metric,
    region: basis.region,
    deadline: by,
    value: options.value,
    unit: def.unit,
    qualifier: 'exact',
    source: { document: 'cast target', quote: `--metric ${options.metric} --value ${options.value} --by ${by}`, origin: 'user' },
  };
  const { result, simulation } = runBaseline(engine, basis, horizon, [question], options);
  const found = answerFor(result, question.id)!;
  const model = modelOf(result, options.metric);
  const base = {
    metric: options.metric,
    label: def.label.en,
    region: simulation.region,
    value: options.value,
    by,
    horizon,
    basisIds: model.basisIds,
  };
  const json = describeTarget(found, base, model);
  if (options.json) return JSON.stringify({ ...json, sources: sourcesOf(basis, json.basisIds) }, null, 2);
  const lines = [
    `${base.metric} (${base.label}, ${base.region}) reaching ${formatIn(base.value, def.unit)} ${unitText(def.unit, def.kind)} by ${by}`,
  ];
  switch (json.status) {
    case 'already-reached':
      lines.push(`already reached on ${json.reachedOn} (${json.observationId})`);
      break;
    case 'met':
    case 'missed':
      lines.push(`${json.status}: ${formatIn(json.evidence!.value, def.unit)} on ${json.evidence!.date} (${json.evidence!.observationId})`);
      break;
    case 'unknown':
    case 'unavailable':
      lines.push(`${json.status}: ${json.reason}`);
      break;
    default:
      lines.push(
        json.status === 'forecast'
          ? `median crossing date: ${json.medianDate} (10-90%: ${json.p10Date ?? 'not within horizon'} to ${json.p90Date ?? `after ${horizon}`})`
          : `not reached within the horizon (${horizon}) on the median path`,
        `P(reached by ${by}): ${pct(json.probByDeadline)}${horizon > by && def.kind !== 'ytd-flow' ? `; P(reached by ${horizon}): ${pct(json.probWithinHorizon)}` : ''}`,
        `model: ${json.model}`,
      );
  }
  lines.push(`inputs: ${json.basisIds.join(', ')}`, `sources: ${sourcesOf(basis, json.basisIds).join(', ')}`);
  return lines.join('\n');
}

/** The target answer as `cast target` reports it (its JSON). */
function describeTarget(
  found: Answer,
  base: { metric: string; label: string; region: string; value: number; by: IsoDate; horizon: IsoDate; basisIds: string[] },
  model: ReturnType<typeof modelOf>,
) {
  if (found.kind === 'outcome') {
    const o = found.answer;
    if ('evidence' in o) return { ...base, status: o.status, evidence: o.evidence, basisIds: [o.evidence.observationId] };
    return {
      ...base,
      status: o.status,
      reason: english(o.reason),
      ...(o.status === 'unknown' ? { before: o.before, after: o.after } : {}),
    };
  }
  const t = found.answer;
  const common = { model: model.model, method: model.method, yearEnd: t.yearEnd, probMeet: t.probMeet };
  const { alreadyReachedOn: reachedOn, alreadyReachedBy: observationId } = t.crossing;
  if (reachedOn && observationId) return { ...base, ...common, status: 'already-reached' as const, reachedOn, observationId };
  return {
    ...base,
    ...common,
    status: t.crossing.medianDate === null ? ('not-reached-within-horizon' as const) : ('forecast' as const),
    medianDate: t.crossing.medianDate,
    p10Date: t.crossing.p10Date,
    p90Date: t.crossing.p90Date,
    probByDeadline: t.crossing.probByDeadline,
    probWithinHorizon: t.crossing.probWithinHorizon,
  };
}

function latestYear(dataset: Dataset): number {
  return Math.max(...dataset.observations.map((o) => yearOf(o.asOf)));
}

interface YearEndRow {
  metric: string;
  label: string;
  region: string;
  unit: string;
  target: Target;
  latest: Observation | undefined;
  status: 'forecast' | TargetOutcome['status'];
  /** The simulated 31 December (forecast), or the figure that shows the outcome. */
  value?: TargetResult['yearEnd'];
  probMeet?: number;
  pctOfTarget?: { p50: number; p10: number; p90: number };
  evidence?: { observationId: string; date: string; value: number };
  reason?: string;
  model?: string;
  method?: string;
  /** A head count's chance of ending below its newest figure, and why its range reaches there. */
  belowLatest?: { value: number; date: string; probability: number; reason: string } | null;
  /** A share's newer figure implied by its newer count (never a reported figure); null when there is none. */
  impliedLatest: ImpliedLatest | null;
  basisIds: string[];
}

interface ImpliedLatest {
  /** Percent, on the count's date. */
  value: number;
  asOf: string;
  count: number;
  countUnit: string;
  countQualifier: string;
  denominator: string;
  /** The base the share's own reports imply, grown to the count's date, and the date they imply it on. */
  baseValue: number;
  baseDate: string;
  /** Yearly log growth of the base. */
  growth: number;
  /** The base and its yearly growth (percent) as the text states them: to the thousand, to one decimal. */
  baseStated: number;
  growthStated: number;
  basisIds: string[];
}

function impliedLatestOf(basis: Basis, target: Target): ImpliedLatest | null {
  const implied = impliedLatestShare(basis.dataset, basis.metrics, target.metric, target.region);
  if (!implied) return null;
  const { count, base } = implied;
  return {
    value: Math.round(implied.value * 1e4) / 1e4,
    asOf: implied.asOf,
    count: count.value,
    countUnit: count.unit,
    countQualifier: count.qualifier,
    denominator: base.denominator,
    baseValue: Math.round(implied.baseOnDate),
    baseDate: base.date,
    growth: base.growth,
    baseStated: implied.baseStated,
    growthStated: implied.growthStated,
    basisIds: implied.basisIds,
  };
}

function yearEndRow(basis: Basis, result: ScenarioResult, found: Answer): YearEndRow {
  const target = found.answer.target;
  const latest = newestObservation(basis.dataset.observations, target.metric, target.region) ?? undefined;
  const label = basis.metrics.find((m) => m.id === target.metric)?.label.en ?? target.metric;
  const base = {
    metric: target.metric,
    label,
    region: target.region,
    unit: target.unit,
    target,
    latest,
    impliedLatest: impliedLatestOf(basis, target),
  };
  if (found.kind === 'forecast') {
    const t = found.answer;
    const model = modelOf(result, target.metric);
    const pctOf = (v: number) => (100 * v) / target.value;
    return {
      ...base,
      status: 'forecast',
      value: t.yearEnd,
      probMeet: t.probMeet,
      pctOfTarget: { p50: pctOf(t.yearEnd.p50), p10: pctOf(t.yearEnd.p10), p90: pctOf(t.yearEnd.p90) },
      belowLatest: t.belowLatest && { ...t.belowLatest, reason: english(t.belowLatest.reason) },
      ...(model.model ? { model: model.model, method: model.method } : {}),
      basisIds: model.basisIds,
    };
  }
  const o = found.answer;
  if ('evidence' in o) {
    const v = o.evidence.value;
    return {
      ...base,
      status: o.status,
      evidence: o.evidence,
      probMeet: o.status === 'met' ? 1 : 0,
      pctOfTarget: { p50: (100 * v) / target.value, p10: (100 * v) / target.value, p90: (100 * v) / target.value },
      basisIds: [o.evidence.observationId],
    };
  }
  const around = o.status === 'unknown' ? [o.before, o.after].filter((e) => e !== undefined) : [];
  return {
    ...base,
    status: o.status,
    reason:
      o.status === 'unknown' && around.length > 0
        ? `${english(o.reason)}; nearest: ${around.map((e) => `${formatIn(e.value, target.unit)} on ${e.date}`).join(' and ')}`
        : english(o.reason),
    basisIds: around.map((e) => e.observationId),
  };
}

export function yearEndCommand(engine: Engine, options: { year?: number; json: boolean } & SimulationFlags): string {
  const basis = basisOf(engine, options.dataset);
  const year = options.year ?? latestYear(basis.dataset);
  const { result, simulation } = runBaseline(engine, basis, yearEnd(year), [], options);
  const answers: Answer[] = [
    ...result.targets.map((answer) => ({ kind: 'forecast' as const, answer })),
    ...result.outcomes.map((answer) => ({ kind: 'outcome' as const, answer })),
  ].filter((a) => a.answer.target.deadline === yearEnd(year));
  if (answers.length === 0) throw new CliError(`no targets with a deadline of 31 December ${year} in the dataset`);
  const rows = answers.map((a) => yearEndRow(basis, result, a)).sort((a, b) => a.metric.localeCompare(b.metric));
  const { nPaths, seed } = simulation.baseline.settings;
  if (options.json)
    return JSON.stringify(
      {
        year,
        region: simulation.region,
        paths: nPaths,
        seed,
        answers: rows.map((a) => ({ ...a, sources: sourcesOf(basis, a.basisIds) })),
      },
      null,
      2,
    );
  const shown = (a: YearEndRow) => a.value?.p50 ?? a.evidence?.value;
  const table = renderTable(rows, [
    { header: 'metric', cell: (a) => a.metric },
    { header: 'latest', cell: (a) => (a.latest ? `${formatIn(a.latest.value, a.unit)} (${a.latest.asOf})` : ''), align: 'right' },
    { header: `31 Dec ${year}`, cell: (a) => (shown(a) === undefined ? 'n/a' : formatIn(shown(a)!, a.unit)), align: 'right' },
    {
      header: '80% range',
      cell: (a) => (a.value ? `${formatIn(a.value.p10, a.unit)} to ${formatIn(a.value.p90, a.unit)}` : ''),
      align: 'right',
    },
    { header: 'target', cell: (a) => formatIn(a.target.value, a.unit), align: 'right' },
    { header: '% of target', cell: (a) => (a.pctOfTarget ? `${a.pctOfTarget.p50.toFixed(1)}%` : ''), align: 'right' },
    { header: 'P(meet)', cell: (a) => pct(a.probMeet), align: 'right' },
    { header: 'status', cell: (a) => a.status },
    { header: 'unit', cell: (a) => unitText(a.unit, basis.metrics.find((m) => m.id === a.metric)?.kind) },
  ]);
  const below = (a: YearEndRow) =>
    a.belowLatest && a.belowLatest.probability >= 0.05
      ? `; ${pct(a.belowLatest.probability)} chance of ending below the newest figure (${formatIn(a.belowLatest.value, a.unit)} on ${a.belowLatest.date}): ${a.belowLatest.reason}`
      : '';
  const notes = rows.map(
    (a) =>
      `  ${a.metric} (${a.label}): ${a.model ?? a.reason ?? (a.evidence ? `reported figure of ${a.evidence.date}` : '')}${below(a)}; sources: ${sourcesOf(basis, a.basisIds).join(', ')}`,
  );
  const implied = rows.flatMap(({ metric, impliedLatest: i }) => {
    if (!i) return [];
    const rate = i.growthStated;
    const growth = rate === 0 ? '' : `, ${rate > 0 ? 'growing' : 'shrinking'} ${Math.abs(rate).toFixed(1)}% a year`;
    const about = i.countQualifier === 'about' ? 'about ' : '';
    const counted = (v: number) => `${formatIn(v, i.countUnit)} ${i.countUnit}`;
    return [
      `  ${metric}: about ${formatIn(i.value, 'percent')}% on ${i.asOf} = ${about}${counted(i.count)} ÷ an estimated ${i.denominator.replace(/-/g, ' ')} of ${counted(i.baseStated)} (implied by the ${i.baseDate} figures${growth}); sources: ${sourcesOf(basis, i.basisIds).join(', ')}`,
    ];
  });
  const newer =
    implied.length > 0 ? `\n\nNewer than the latest report, implied by a newer count (not reported figures):\n${implied.join('\n')}` : '';
  return `Year-end ${year}, ${simulation.region} (${nPaths} simulated paths, seed ${seed}, every lever at its default)\n${table}${newer}\n\nModels and sources:\n${notes.join('\n')}`;
}
