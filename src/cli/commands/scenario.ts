// `cast run`, `cast compare`, `cast seek` and `cast sensitivity`: scenario files, headless.
// Files are only read, never written. With `--dataset`, a scenario runs on that file's data instead
// of its own, with the levers, horizon and simulation settings the scenario file has.
import {
  costDifference,
  english,
  goalSeek,
  sensitivity,
  type Engine,
  type LeverSettings,
  type PeriodDifference,
  type Scenario,
  type ScenarioEngine,
  type ScenarioResult,
  type TargetOutcome,
  type TargetResult,
  type GoalSeekAnswer,
} from '../../engine/index.ts';
import type { DatasetOption } from '../dataset-option.ts';
import { COST_UNIT, costJson, costText, PER_ADDED_HI_UNIT, PER_ADDED_UNIT } from '../cost-text.ts';
import { asUserError, CliError, fileProblems } from '../errors.ts';
import { readInputFile } from '../io.ts';
import { inputName } from '../stdin.ts';
import { formatIn, formatNumber, renderTable } from '../table.ts';

export interface RunFlags {
  paths?: number;
  seed?: number;
  json: boolean;
  /** The data to run on instead of the scenario file's own. */
  dataset?: DatasetOption;
}

export interface LoadedScenario {
  scenario: Scenario;
  engine: ScenarioEngine;
  settings: LeverSettings;
}

export function openScenario(core: Engine, path: string, flags: Omit<RunFlags, 'json'> = {}): LoadedScenario {
  const { dataset, ...overrides } = flags;
  const name = inputName(path);
  const parsed = core.parseScenario(readInputFile(path), name);
  if (!parsed.ok) throw fileProblems(name, 'not a valid scenario file', parsed.issues);
  let scenario = parsed.value;
  if (dataset) {
    // Its cells are the notebook's views of its own data (they name its targets); no command here shows them.
    const moved = core.validateScenario({ ...scenario, data: dataset.data, cells: [] });
    if (!moved.ok) throw fileProblems(name, `cannot run on ${dataset.path}:`, moved.issues);
    scenario = moved.value;
  }
  const data = core.scenarioData(scenario);
  if (!data.ok) throw fileProblems(name, 'invalid scenario data:', data.issues);
  const { levers, distributions, leversFrom } = scenario;
  const engine = asUserError(() => core.simulate(scenario, data.value, overrides), `${name}: `);
  return { scenario, engine, settings: { levers, distributions, leversFrom } };
}

export const pct = (p: number) => `${(100 * p).toFixed(1)}%`;
const n2 = (v: number) => formatNumber(v, 2);

function dateRange(t: TargetResult): string {
  if (t.crossing.alreadyReachedOn) return `reached ${t.crossing.alreadyReachedOn}`;
  if (!t.crossing.medianDate) return 'not within horizon';
  return `${t.crossing.medianDate} (${t.crossing.p10Date ?? '?'} to ${t.crossing.p90Date ?? 'after horizon'})`;
}

/** Targets answered from the data: met or missed with the figure, or why not known. */
function outcomeLines(outcomes: readonly TargetOutcome[]): string {
  if (outcomes.length === 0) return '';
  const line = (o: TargetOutcome) => {
    const head = `  ${o.target.metric} ${n2(o.target.value)} by ${o.target.deadline}: ${o.status}`;
    return 'evidence' in o ? `${head} (${n2(o.evidence.value)} on ${o.evidence.date})` : `${head} (${english(o.reason)})`;
  };
  return `\n\nTargets answered from the data:\n${outcomes.map(line).join('\n')}`;
}

function targetRows(result: ScenarioResult): string {
  return renderTable(result.targets, [
    { header: 'target', cell: (t) => t.target.metric },
    { header: 'deadline', cell: (t) => t.target.deadline },
    { header: 'median', cell: (t) => n2(t.yearEnd.p50), align: 'right' },
    { header: '10-90% range', cell: (t) => `${n2(t.yearEnd.p10)} to ${n2(t.yearEnd.p90)}`, align: 'right' },
    { header: 'target', cell: (t) => n2(t.target.value), align: 'right' },
    { header: 'P(meet)', cell: (t) => pct(t.probMeet), align: 'right' },
    { header: 'baseline P', cell: (t) => pct(t.baselineProbMeet), align: 'right' },
    { header: 'target date (10-90%)', cell: dateRange },
  ]);
}

function summary(result: ScenarioResult) {
  return result.targets.map((t) => ({
    target: t.target.id,
    metric: t.target.metric,
    unit: t.target.unit,
    deadline: t.target.deadline,
    value: t.target.value,
    median: t.yearEnd.p50,
    p10: t.yearEnd.p10,
    p90: t.yearEnd.p90,
    probMeet: t.probMeet,
    baseline: { median: t.baselineYearEnd.p50, p10: t.baselineYearEnd.p10, p90: t.baselineYearEnd.p90, probMeet: t.baselineProbMeet },
    targetDate: t.crossing,
  }));
}

export function runCommand(core: Engine, path: string, flags: RunFlags): string {
  const { scenario, engine, settings } = openScenario(core, path, flags);
  const result = engine.run(settings);
  const paths = engine.baseline.settings.nPaths;
  const seed = engine.baseline.settings.seed;
  if (flags.json)
    return JSON.stringify(
      {
        title: scenario.title,
        paths,
        seed,
        horizon: scenario.horizon,
        targets: summary(result),
        outcomes: result.outcomes.map((o) => ('reason' in o ? { ...o, reason: english(o.reason) } : o)),
        models: result.models,
        cost: costJson(result.cost),
      },
      null,
      2,
    );
  const data = flags.dataset ? `, data from ${flags.dataset.path} (${engine.region})` : '';
  const off = engine.leversUnsupported ? `\n${english(engine.leversUnsupported)}` : '';
  return `${scenario.title}\n${paths} paths, seed ${seed}, levers from ${scenario.leversFrom}, horizon ${scenario.horizon}${data}${off}\n\n${targetRows(result)}${outcomeLines(result.outcomes)}${costText(result.cost)}`;
}

export function compareCommand(core: Engine, pathA: string, pathB: string, flags: RunFlags): string {
  const [a, b] = [openScenario(core, pathA, flags), openScenario(core, pathB, flags)];
  const [ra, rb] = [a.engine.run(a.settings), b.engine.run(b.settings)];
  const rows = ra.targets.flatMap((ta) => {
    const tb = rb.targets.find((t) => t.target.id === ta.target.id);
    return tb ? [{ a: ta, b: tb }] : [];
  });
  if (rows.length === 0) throw new CliError(`${inputName(pathA)} and ${inputName(pathB)} share no target within both horizons`);
  const diff = rows.map(({ a: x, b: y }) => ({
    target: x.target.id,
    metric: x.target.metric,
    deadline: x.target.deadline,
    a: { median: x.yearEnd.p50, probMeet: x.probMeet, targetDate: x.crossing.alreadyReachedOn ?? x.crossing.medianDate },
    b: { median: y.yearEnd.p50, probMeet: y.probMeet, targetDate: y.crossing.alreadyReachedOn ?? y.crossing.medianDate },
    medianDifference: y.yearEnd.p50 - x.yearEnd.p50,
    probMeetDifference: y.probMeet - x.probMeet,
  }));
  const costs = ra.cost && rb.cost ? costDifference(ra.cost, rb.cost) : [];
  if (flags.json) {
    const units = { unit: COST_UNIT, perAddedMemberUnit: PER_ADDED_UNIT, hiPerAddedMemberUnit: PER_ADDED_HI_UNIT };
    const cost = { a: costJson(ra.cost), b: costJson(rb.cost), bMinusA: { ...units, years: costs } };
    return JSON.stringify({ a: a.scenario.title, b: b.scenario.title, differences: diff, cost }, null, 2);
  }
  const table = renderTable(diff, [
    { header: 'target', cell: (d) => d.metric },
    { header: 'deadline', cell: (d) => d.deadline },
    { header: 'A median', cell: (d) => n2(d.a.median), align: 'right' },
    { header: 'B median', cell: (d) => n2(d.b.median), align: 'right' },
    { header: 'B - A', cell: (d) => `${d.medianDifference >= 0 ? '+' : ''}${n2(d.medianDifference)}`, align: 'right' },
    { header: 'A P(meet)', cell: (d) => pct(d.a.probMeet), align: 'right' },
    { header: 'B P(meet)', cell: (d) => pct(d.b.probMeet), align: 'right' },
    { header: 'A date', cell: (d) => d.a.targetDate ?? 'not within horizon' },
    { header: 'B date', cell: (d) => d.b.targetDate ?? 'not within horizon' },
  ]);
  const line = (year: number, c: PeriodDifference, added: string, unit: string) =>
    `  ${year}: B - A ${n2(c.extra.total)} ${COST_UNIT} (city ${n2(c.extra.city)}, state ${n2(c.extra.state)}), ` +
    `${formatNumber(Math.round(c.addedMembers), 0)} ${added}, ` +
    (c.perAddedMember === null ? `cost per ${added.replace(/s$/, '')} not defined` : `${n2(c.perAddedMember)} ${unit}`);
  const costLines = costs.map((c) => line(c.year, c, 'added members', PER_ADDED_UNIT));
  const hiLines = costs.flatMap((c) => (c.hi ? [line(c.year, c.hi, 'added HI participants', PER_ADDED_HI_UNIT)] : []));
  const cost =
    (costLines.length > 0 ? `\n\nBudget cost of voluntary SI support (medians):\n${costLines.join('\n')}` : '') +
    (hiLines.length > 0 ? `\n\nBudget cost of HI support (medians):\n${hiLines.join('\n')}` : '');
  return `A: ${a.scenario.title}\nB: ${b.scenario.title}\n\n${table}${costText(ra.cost, 'A: ')}${costText(rb.cost, 'B: ')}${cost}`;
}

/** Seeking and sensitivity move levers: where levers are off (another region's data), why, instead of flat answers. */
export function withLevers(loaded: LoadedScenario): LoadedScenario {
  if (loaded.engine.leversUnsupported) throw new CliError(english(loaded.engine.leversUnsupported));
  return loaded;
}

function describeSeek(answer: GoalSeekAnswer): string {
  const what = answer.probability === 'median' ? 'the median reaches the target' : `P(meet) >= ${pct(answer.probability)}`;
  const head = `${answer.target.id} (${n2(answer.target.value)} by ${answer.target.deadline}), lever ${answer.lever}: ${what}`;
  switch (answer.status) {
    case 'found':
      return `${head}\nneeded: ${answer.lever} = ${n2(answer.value)} (achieves ${answer.probability === 'median' ? n2(answer.achieved) : pct(answer.achieved)})`;
    case 'already-met':
      return `${head}\nalready met at the scenario's value ${n2(answer.value)}`;
    case 'not-reachable':
      return `${head}\nnot reachable within the lever's range (best: ${answer.lever} = ${n2(answer.best.value)} gives ${answer.probability === 'median' ? n2(answer.best.achieved) : pct(answer.best.achieved)})`;
  }
}

export function seekCommand(
  core: Engine,
  path: string,
  options: RunFlags & { target: string; lever: string; probability: number | 'median'; deadline?: string },
): string {
  const loaded = withLevers(openScenario(core, path, options));
  const answer = asUserError(() =>
    goalSeek(loaded.engine, loaded.settings, {
      targetId: options.target,
      lever: options.lever,
      probability: options.probability,
      ...(options.deadline ? { deadline: options.deadline } : {}),
    }),
  );
  if (options.json) return JSON.stringify({ ...answer, target: answer.target.id }, null, 2);
  return describeSeek(answer);
}

export function sensitivityCommand(core: Engine, path: string, flags: RunFlags): string {
  const loaded = withLevers(openScenario(core, path, flags));
  const tornado = sensitivity(loaded.engine, loaded.settings);
  if (flags.json)
    return JSON.stringify(
      tornado.map((t) => ({ ...t, target: t.target.id })),
      null,
      2,
    );
  const unitOf = (id: string) => core.levers.byId(id)?.unit ?? '';
  return tornado
    .map((t) => {
      const unit = t.target.unit;
      const inUnit = (v: number) => formatIn(v, unit);
      const bars = renderTable(t.bars.slice(0, 10), [
        { header: 'lever', cell: (b) => b.lever },
        { header: 'set by', cell: (b) => b.controller },
        { header: 'low', cell: (b) => n2(b.low), align: 'right' },
        { header: 'high', cell: (b) => n2(b.high), align: 'right' },
        { header: 'lever unit', cell: (b) => unitOf(b.lever) },
        { header: 'at low', cell: (b) => inUnit(b.atLow), align: 'right' },
        { header: 'at high', cell: (b) => inUnit(b.atHigh), align: 'right' },
        { header: 'swing', cell: (b) => inUnit(b.swing), align: 'right' },
      ]);
      const period = `31 Dec ${t.target.deadline.slice(0, 4)}`;
      return `${t.target.id}: ${period}, median ${inUnit(t.center)}, target ${inUnit(t.target.value)} (${unit})\n${bars}`;
    })
    .join('\n\n');
}
