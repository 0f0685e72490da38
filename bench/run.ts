// `npm run bench`: targetcast against @bsull/augurs (AutoETS) and arima (AutoARIMA), plus a naive
// reference, on the same rolling-origin tasks over the shipped panel, in one process.
// Prints the tables and writes bench/results/latest.json.

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { HORIZON, LEVELS, MIN_TRAIN, ORIGINS, makeTasks, runMethod, type Method, type TaskResult } from './harness.ts';
import { smoke } from './hanoi.ts';
import { MICRO_CASES, timeMethod, type MicroCase, type SpeedResult } from './micro.ts';
import { GROUPS, groupsOf } from './groups.ts';
import { loadPanel, type Series } from './panel.ts';
import { naive } from './peers/naive.ts';
import {
  accuracyTable,
  coverageRangeTable,
  coverageTable,
  groupSizes,
  maseByGroupTable,
  ratio,
  ratioTable,
  smokeTable,
  speedTable,
} from './report.ts';
import { timeScenario } from './scenario.ts';
import { runScale } from './scale.ts';
import { commonTasks, maseBySeries, summarise } from './summary.ts';

const ADAPTERS: Record<string, () => Promise<{ load(): Promise<Method> }>> = {
  Naive: () => import('./peers/naive.ts'),
  AutoETS: () => import('./peers/augurs.ts'),
  AutoARIMA: () => import('./peers/arima.ts'),
  targetcast: () => import('./peers/targetcast.ts'),
};
const RESULTS = new URL('./results/', import.meta.url).pathname;

/** Loads every adapter it can; a method whose module fails to import is skipped, with the reason. */
async function loadMethods(): Promise<{ methods: Method[]; skipped: { method: string; reason: string }[] }> {
  const methods: Method[] = [];
  const skipped: { method: string; reason: string }[] = [];
  for (const [name, importer] of Object.entries(ADAPTERS)) {
    try {
      methods.push(await (await importer()).load());
    } catch (e) {
      const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      skipped.push({ method: name, reason });
      console.log(`skipping ${name}: ${reason}`);
    }
  }
  return { methods, skipped };
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = keyOf(item);
    if (k) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

function timeMicroCases(methods: readonly Method[], panel: readonly Series[]): { micro: MicroCase; results: SpeedResult[] }[] {
  return MICRO_CASES.map((micro) => {
    const series = panel.find((s) => s.id === micro.series);
    if (!series) throw new Error(`micro-benchmark series ${micro.series} is missing from the panel`);
    return { micro, results: methods.map((m) => timeMethod(m, series, micro)) };
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const { panel, hanoi } = loadPanel();
  const tasks = makeTasks(panel);
  const byFrequency = countBy(panel, (s) => s.frequency);
  console.log(
    `panel: ${panel.length} series (${Object.entries(byFrequency)
      .map(([f, n]) => `${n} ${f}`)
      .join(', ')}), ` + `${tasks.length} rolling-origin tasks; ${LEVELS.map((l) => `${(l * 100).toFixed(0)}%`).join(' and ')} intervals\n`,
  );

  const { methods, skipped } = await loadMethods();
  // Timed first, every method in the same fresh process: after the panel runs, the grown heap
  // slowed every method's fits by 40-90% (AutoETS 0.93 -> 1.81 ms on the 20-point case).
  const speeds = timeMicroCases(methods, panel);
  const results = new Map<string, TaskResult[]>();
  for (const method of methods) {
    const t0 = performance.now();
    results.set(method.name, runMethod(method, tasks, naive));
    console.log(`  ${method.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }

  const summaries = summarise(results);
  const common = commonTasks(results).size;
  console.log(`\nAccuracy (MASE: lower is better; like-for-like = the ${common} tasks no method fell back on)\n`);
  console.log(accuracyTable(summaries));
  console.log(`\nGroups: ${groupSizes(summaries)}\n\nMean MASE by group\n`);
  console.log(maseByGroupTable(summaries));
  console.log('\nInterval coverage by group, 80% / 95% (target 77-83 / 93-97; * = outside)\n');
  console.log(coverageTable(summaries));
  const own = summaries.find((s) => s.method === 'targetcast');
  if (own) {
    console.log("\ntargetcast's coverage by group, with its range when the group's series are resampled (5th-95th percentile)\n");
    console.log(coverageRangeTable(own));
  }
  console.log('\nRelative to the peers (MASE ratio < 1 = more accurate; speed x > 1 = more fits per second)\n');
  console.log(ratioTable(summaries));

  const smokes = methods.flatMap((m) => hanoi.map((s) => smoke(m, s)));
  console.log('\nHanoi history (too short to score): does each method run?\n');
  console.log(smokeTable(smokes));

  for (const { micro, results } of speeds) {
    console.log(
      `\nSpeed: automatic fit + ${micro.horizon}-step forecast of a ${micro.points}-point series (${micro.series}), median; goal under ${micro.goalMs} ms\n`,
    );
    console.log(speedTable(results));
    const own = results.find((r) => r.method === 'targetcast');
    if (own) console.log(`targetcast ${own.medianMs.toFixed(2)} ms: goal ${own.medianMs < micro.goalMs ? 'met' : 'MISSED'}`);
  }

  const scenario = timeScenario();
  console.log(
    `\nScenario engine: ${scenario.paths.toLocaleString('en-US')} paths x ${scenario.months} months x ${scenario.metrics} metrics, median of 20 lever moves\n` +
      `  structural model: ${scenario.structuralMedianMs.toFixed(1)} ms (goal < 100 ms)\n` +
      `  full run with bands and target answers: ${scenario.fullRunMedianMs.toFixed(1)} ms\n` +
      `  baseline (once per scenario; not repeated while levers move): ${scenario.baselineMs.toFixed(0)} ms`,
  );

  const fallbackReasons = Object.fromEntries(
    [...results].map(([m, rs]) => [m, countBy(rs, (r) => r.fallback ?? (r.error && `error: ${r.error}`))]),
  );
  const peersOf = (name: string) => summaries.find((s) => s.method === name);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(
    `${RESULTS}latest.json`,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        node: process.version,
        cpus: cpus().length,
        settings: { levels: LEVELS, horizons: HORIZON, origins: ORIGINS, minTrain: MIN_TRAIN },
        panel: {
          series: panel.length,
          byFrequency,
          tasks: tasks.length,
          likeForLikeTasks: common,
          groups: Object.fromEntries(
            GROUPS.map((g) => [g, [...new Set(tasks.filter((t) => groupsOf(t.series).includes(g)).map((t) => t.series.id))]]),
          ),
        },
        skipped,
        summaries,
        ratios: Object.fromEntries(
          summaries.map((s) => [
            s.method,
            Object.fromEntries(
              ['AutoETS', 'AutoARIMA'].map((p) => [
                p,
                { mase: ratio(s.mase, peersOf(p)?.mase), maseLikeForLike: ratio(s.maseCommon, peersOf(p)?.maseCommon) },
              ]),
            ),
          ]),
        ),
        fallbackReasons,
        hanoi: smokes,
        speed: speeds.map(({ micro, results }) => ({ ...micro, results })),
        scenario,
        maseBySeries: maseBySeries(results),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nwrote bench/results/latest.json in ${((performance.now() - started) / 1000).toFixed(0)} s total`);
  runScale(); // how a lever move's cost grows with paths, horizon and metrics: bench/results/scale.json
}

await main();
