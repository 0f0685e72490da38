// How the cost of one lever move grows with the work: paths, horizon and answered metrics, one at a
// time around the default notebook (10,000 paths, 3 months from the levers' start, 9 metrics).
// Each configuration builds its engine as the app opens a notebook, runs once as the opening does,
// then times lever moves as the app makes them: a full run alone (the app's move while full runs are
// quick) and a 1,000-path preview then the full run (while they are slow), a different
// cityTopupOther each move. Part of `npm run bench`; alone: `npx tsx bench/scale.ts`.
// Writes bench/results/scale.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { HANOI, HANOI_DATASET, HANOI_DATASET_ID } from '../src/data/index.ts';
import { createEngine, type Scenario } from '../src/engine/index.ts';
import { ownMetricCopies } from './scale-dataset.ts';

/** The levers' start of the default notebook: horizons are counted from here. */
export const LEVERS_FROM = '2025-10-01';
/** What the app shows while a slider moves (PREVIEW_PATHS in src/ui/notebook/store.svelte.ts). */
export const PREVIEW_PATHS = 1_000;
/** The metrics the default notebook answers: the structural model's nine. */
export const DEFAULT_METRICS = 9;
/** Own metrics' targets fall due here, inside every horizon, so each is simulated. */
const OWN_DEADLINE = '2025-12-31';
const HORIZONS: Record<number, string> = { 3: '2025-12-31', 15: '2026-12-31', 60: '2030-09-30' };

export interface ScaleConfig {
  paths: number;
  /** Months from LEVERS_FROM to the horizon. */
  months: 3 | 15 | 60;
  metrics: number;
}

export const DEFAULT_CONFIG: ScaleConfig = { paths: 10_000, months: 3, metrics: DEFAULT_METRICS };

/** The default, then one dimension at a time. */
export const SCALE_CONFIGS: ScaleConfig[] = [
  DEFAULT_CONFIG,
  { ...DEFAULT_CONFIG, paths: 1_000 },
  { ...DEFAULT_CONFIG, paths: 100_000 },
  { ...DEFAULT_CONFIG, months: 15 },
  { ...DEFAULT_CONFIG, months: 60 },
  { ...DEFAULT_CONFIG, metrics: 30 },
  { ...DEFAULT_CONFIG, metrics: 100 },
];

/**
 * Long horizon on many paths, run only on request (`npx tsx bench/scale.ts --corner`): about a
 * gigabyte and seconds a move. The full corner, with 100 metrics, would hold several gigabytes.
 */
export const CORNER_CONFIG: ScaleConfig = { paths: 100_000, months: 60, metrics: DEFAULT_METRICS };

/** Untimed rounds of moves first (the compiler's warm-up), then at least MIN timed ones, more while within the budget. */
const WARM_UP_ROUNDS = 2;
const MIN_ROUNDS = 5;
const MAX_ROUNDS = 15;
const MOVES_BUDGET_MS = 4_000;
/** Far-apart values of cityTopupOther (0-100 by 5), none its default (10). */
const MOVES = [15, 60, 25, 80, 35, 95, 5, 70, 45, 90, 20, 55, 30, 85, 40, 100, 50, 65, 75, 0];

export interface Timing {
  /** Median wall-clock time. */
  wallMs: number;
  /** Median CPU time of the process (all its threads): less sensitive to a busy machine. */
  cpuMs: number;
}

export interface ScaleRow extends ScaleConfig {
  horizon: string;
  /** Metrics the run answers (bands per month): the nine structural ones and the own copies. */
  answered: number;
  gridMonths: number;
  baselineMs: number;
  /** The full run of a move right after another full run (the app's move when full runs are quick). */
  full: Timing;
  /** The 1,000-path preview; null when the scenario has no more paths than that. */
  preview: Timing | null;
  /** The full run right after the preview of the same move (the app's move when full runs are slow). */
  fullAfterPreview: Timing | null;
  /** Timed rounds: one move with a full run only, one with a preview and a full run. */
  rounds: number;
  /** Heap plus array buffers the engine holds after the moves, over what the process held before it was built. */
  retainedMb: number;
}

/** The scenario and its dataset, as the app opens a notebook with `metrics - 9` own metrics. */
export function scaleScenario(config: ScaleConfig) {
  const core = createEngine(HANOI);
  const own = ownMetricCopies(HANOI_DATASET, HANOI.embedded.region, config.metrics - DEFAULT_METRICS, OWN_DEADLINE);
  const horizon = HORIZONS[config.months]!;
  const scenario: Scenario = core.newScenario({
    leversFrom: LEVERS_FROM,
    horizon,
    monteCarlo: { paths: config.paths, seed: 1 },
    data: { base: HANOI_DATASET_ID, removed: [], ...(own.metrics.length > 0 ? own : { observations: [], targets: [] }) },
  });
  const checked = core.validateScenario(scenario);
  if (!checked.ok)
    throw new Error(`scale scenario refused: ${checked.issues.map((i) => `${i.where}: ${JSON.stringify(i.message)}`).join('; ')}`);
  const dataset = core.scenarioData(checked.value);
  if (!dataset.ok) throw new Error(`scale dataset refused: ${dataset.issues.map((i) => i.where).join(', ')}`);
  return { core, scenario: checked.value, dataset: dataset.value };
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// The process's own collector (exposed on first use), so held memory is measured without garbage.
let gc: (() => void) | undefined;
const heldBytes = () => {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  // Twice: array buffers freed by one collection are released when the next one starts.
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Wall and CPU milliseconds of one call. */
function timed(run: () => unknown): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const summary = (samples: { wall: number; cpu: number }[]): Timing => ({
  wallMs: median(samples.map((s) => s.wall)),
  cpuMs: median(samples.map((s) => s.cpu)),
});

export function timeScale(config: ScaleConfig): ScaleRow {
  const { core, scenario, dataset } = scaleScenario(config);
  const before = heldBytes();
  const t0 = performance.now();
  const engine = core.simulate(scenario, dataset);
  const baselineMs = performance.now() - t0;
  const lever = (v: number) => ({ levers: { cityTopupOther: v }, distributions: {}, leversFrom: LEVERS_FROM });
  const opened = engine.run(lever(10)); // the run opening a notebook makes, before any move
  if (opened.metrics.length !== config.metrics)
    throw new Error(`expected ${config.metrics} answered metrics, the engine answered ${opened.metrics.length}`);
  const withPreview = config.paths > PREVIEW_PATHS;
  const full: { wall: number; cpu: number }[] = [];
  const preview: { wall: number; cpu: number }[] = [];
  const afterPreview: { wall: number; cpu: number }[] = [];
  // Each round, the two moves the app makes (src/ui/notebook/store.svelte.ts): a full run alone, as
  // when the last full run was quick; then the preview the hand sees and the full run after it.
  // Each round's last run is a full one, so the next round's first follows a full run.
  const round = (k: number) => {
    const alone = timed(() => engine.run(lever(MOVES[(2 * k) % MOVES.length]!)));
    if (!withPreview) return { alone, preview: null, after: null };
    const settings = lever(MOVES[(2 * k + 1) % MOVES.length]!);
    return { alone, preview: timed(() => engine.run(settings, PREVIEW_PATHS)), after: timed(() => engine.run(settings)) };
  };
  for (let k = 0; k < WARM_UP_ROUNDS; k++) round(k);
  let spent = 0;
  while (full.length < MAX_ROUNDS && (full.length < MIN_ROUNDS || spent < MOVES_BUDGET_MS)) {
    const r = round(WARM_UP_ROUNDS + full.length);
    full.push(r.alone);
    if (r.preview) preview.push(r.preview);
    if (r.after) afterPreview.push(r.after);
    spent += r.alone.wall + (r.preview?.wall ?? 0) + (r.after?.wall ?? 0);
  }
  const retainedMb = (heldBytes() - before) / 2 ** 20;
  return {
    ...config,
    horizon: scenario.horizon,
    answered: opened.metrics.length,
    // Read after the memory figure, so the engine is still held when it is taken.
    gridMonths: engine.baseline.grid.dates.length,
    baselineMs,
    full: summary(full),
    preview: withPreview ? summary(preview) : null,
    fullAfterPreview: withPreview ? summary(afterPreview) : null,
    rounds: full.length,
    retainedMb,
  };
}

const ms = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));
const timing = (t: Timing | null) => (t ? `${ms(t.wallMs)} (${ms(t.cpuMs)}) ms` : '-');

/** The README's table: one row per configuration, the changed dimension in bold. */
export function scaleTable(rows: readonly ScaleRow[]): string {
  const mark = (row: ScaleRow, key: keyof ScaleConfig, text: string) => (row[key] !== DEFAULT_CONFIG[key] ? `**${text}**` : text);
  // CPU time against the default notebook's, in the same run: the shape of the growth, steadier than either figure on a busy machine.
  const base = rows.find(
    (r) => r.paths === DEFAULT_CONFIG.paths && r.months === DEFAULT_CONFIG.months && r.metrics === DEFAULT_CONFIG.metrics,
  );
  const times = (r: ScaleRow) => (base ? ` | ${(r.full.cpuMs / base.full.cpuMs).toFixed(1)}x` : '');
  const lines = [
    '| paths | horizon (grid months) | metrics | baseline build | preview (1,000 paths) | full run after the preview | full run alone | memory held' +
      `${base ? ' | full run alone, CPU vs default' : ''} |`,
    `|---:|---:|---:|---:|---:|---:|---:|---:${base ? '|---:' : ''}|`,
    ...rows.map(
      (r) =>
        `| ${mark(r, 'paths', r.paths.toLocaleString('en-US'))} | ${mark(r, 'months', `${r.months} mo`)} (${r.gridMonths}) | ${mark(r, 'metrics', String(r.answered))} ` +
        `| ${(r.baselineMs / 1000).toFixed(1)} s | ${timing(r.preview)} | ${timing(r.fullAfterPreview)} | ${timing(r.full)} | ${r.retainedMb.toFixed(0)} MB${times(r)} |`,
    ),
  ];
  return lines.join('\n');
}

const RESULTS = new URL('./results/', import.meta.url).pathname;

/** Every configuration in turn; prints the table and writes bench/results/scale.json. */
export function runScale(configs: readonly ScaleConfig[] = SCALE_CONFIGS): ScaleRow[] {
  const load = loadavg();
  const rows: ScaleRow[] = [];
  console.log(
    `\nScale: one lever move (median over the moves), wall ms (CPU ms); load average ${load.map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`,
  );
  // Untimed: the first configuration would otherwise pay for compiling the engine's code.
  timeScale({ ...DEFAULT_CONFIG, paths: PREVIEW_PATHS });
  for (const config of configs) {
    rows.push(timeScale(config));
    const r = rows.at(-1)!;
    console.log(
      `  ${r.paths} paths, ${r.months} months, ${r.answered} metrics: full alone ${timing(r.full)}, preview ${timing(r.preview)}, ` +
        `full after it ${timing(r.fullAfterPreview)}, baseline ${r.baselineMs.toFixed(0)} ms, ${r.rounds} rounds`,
    );
  }
  console.log(`\n${scaleTable(rows)}`);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(
    `${RESULTS}scale.json`,
    `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, cpus: cpus().length, loadAverage: load, rows }, null, 2)}\n`,
  );
  console.log('wrote bench/results/scale.json');
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  runScale(process.argv.includes('--corner') ? [...SCALE_CONFIGS, CORNER_CONFIG] : SCALE_CONFIGS);
