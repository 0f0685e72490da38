// `cast import`: a workbook or CSV file of an agency's own figures and targets to a dataset file
// that `--dataset` then asks the questions of. The file is read by the app's own import (the engine
// service's preview, then its apply), as a notebook whose data the file replaces: every name the
// catalogue does not know is taken as a metric of the file's own, labelled as the file names it.
// It prints what it read, sheet by sheet, and every problem at its place.
import { basename } from 'node:path';
import {
  EngineService,
  datasetFileOf,
  english,
  formatIssue,
  proposedAsOwn,
  serializeDatasetFile,
  type Engine,
  type ImportPreview,
  type MetricDef,
  type Observation,
  type ScenarioData,
  type SheetReading,
} from '../../engine/index.ts';
import { readInputBytes, writeNewFile } from '../io.ts';
import { inputName } from '../stdin.ts';
import { formatNumber, renderTable } from '../table.ts';

export interface ImportOptions {
  file: string;
  out: string;
  sheet?: string;
  region?: string;
}

const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;

function sheetLine(s: SheetReading): string {
  const name = `${s.name}${s.hidden ? ' (hidden)' : ''}`;
  if (s.layout === null) return `  ${name}: not read (${s.skipped ? english(s.skipped) : 'no layout found'})`;
  const counts = [
    s.figures > 0 || s.layout !== 'targets' ? plural(s.figures, 'figure') : '',
    s.targets > 0 || s.layout === 'targets' ? plural(s.targets, 'target') : '',
    s.metrics > 0 ? plural(s.metrics, 'metric definition') : '',
  ].filter(Boolean);
  return `  ${name}: ${s.layout}, header on row ${s.headerRow}; ${counts.join(', ')}`;
}

function regionLine(preview: ImportPreview, region: string, chosen: boolean): string {
  if (chosen) return `Region: ${region} (--region)`;
  if (preview.fileRegions.length > 0) return `Region: ${region} (the file names ${preview.fileRegions.join(', ')})`;
  return `Region: ${region} (the file names none, so the embedded data's; --region names another)`;
}

function dateSpan(observations: readonly Observation[]): string {
  if (observations.length === 0) return '';
  const dates = observations.map((o) => o.asOf).sort();
  return dates[0] === dates.at(-1) ? dates[0]! : `${dates[0]} to ${dates.at(-1)}`;
}

function metricTable(data: ScenarioData, metrics: readonly MetricDef[]): string {
  const ids = [...new Set([...data.observations, ...data.targets].map((r) => r.metric))].sort();
  const rows = ids.map((id) => ({ id, def: metrics.find((m) => m.id === id), figures: data.observations.filter((o) => o.metric === id) }));
  return renderTable(rows, [
    { header: 'metric', cell: (r) => r.id },
    { header: 'label', cell: (r) => r.def?.label.en ?? '' },
    { header: 'unit', cell: (r) => r.def?.unit ?? '' },
    { header: 'figures', cell: (r) => formatNumber(r.figures.length), align: 'right' },
    { header: 'dates', cell: (r) => dateSpan(r.figures) },
  ]);
}

/** What was read; the problems too, unless they go to stderr. */
function report(
  preview: ImportPreview,
  data: ScenarioData,
  metrics: readonly MetricDef[],
  region: { name: string; chosen: boolean },
  problems: boolean,
): string {
  const lines = [
    `Read ${preview.fileName} (${preview.format})`,
    'Sheets:',
    ...preview.sheets.map(sheetLine),
    regionLine(preview, region.name, region.chosen),
  ];
  const span = dateSpan(data.observations);
  lines.push(`Figures: ${formatNumber(data.observations.length)}${span ? `, ${span}` : ''}`);
  if (data.observations.length + data.targets.length > 0) lines.push('', 'Metrics:', metricTable(data, metrics));
  lines.push('', `Targets: ${formatNumber(data.targets.length)}`);
  if (data.targets.length > 0)
    lines.push(
      renderTable(data.targets, [
        { header: 'metric', cell: (t) => t.metric },
        { header: 'deadline', cell: (t) => t.deadline },
        { header: 'value', cell: (t) => formatNumber(t.value), align: 'right' },
        { header: 'unit', cell: (t) => t.unit },
      ]),
    );
  if (preview.newMetrics.length > 0)
    lines.push(
      '',
      `New metrics (names the catalogue does not know, taken as the file's own): ${preview.newMetrics.length}`,
      renderTable(preview.newMetrics, [
        { header: 'metric', cell: (p) => p.id },
        { header: 'name', cell: (p) => p.name },
        { header: 'unit', cell: (p) => (p.unitStated ? p.unit : `${p.unit} (none stated)`) },
        { header: 'kind', cell: (p) => p.kind },
        { header: 'first seen', cell: (p) => p.places.join(', ') },
      ]),
    );
  if (problems) lines.push('', `Problems: ${preview.problems.length}`, ...preview.problems.map((i) => `  ${formatIssue(i)}`));
  return lines.join('\n');
}

/**
 * Reads the file, writes the dataset file (new, whole or not at all) and reports; when the file
 * cannot be read or gives nothing to import, nothing is written and the problems go to stderr.
 */
export async function importCommand(engine: Engine, options: ImportOptions): Promise<{ stdout: string; problems: string[] }> {
  const bytes = readInputBytes(options.file);
  const name = inputName(options.file);
  const service = new EngineService(engine, engine);
  const notebook = engine.newScenario();
  const file = { bytes, name: basename(name), ...(options.sheet !== undefined ? { sheet: options.sheet } : {}) };
  const preview = await service.previewImport(file, notebook);
  if (!preview.ok) return { stdout: '', problems: preview.issues.map(formatIssue) };
  const region = options.region ?? preview.value.region;
  const applied = service.applyImport(notebook, {
    mode: 'replace',
    region,
    acceptMetrics: preview.value.newMetrics.map(proposedAsOwn),
    keepExisting: [],
  });
  if (!applied.ok) return { stdout: '', problems: applied.issues.map(formatIssue) };
  const { data } = applied.value;
  const read = (problems: boolean) =>
    report(preview.value, data, engine.metricsOf(applied.value), { name: region, chosen: options.region !== undefined }, problems);
  if (data.observations.length + data.targets.length === 0)
    return {
      stdout: read(false),
      problems: [...preview.value.problems.map(formatIssue), `${name}: nothing to import; ${options.out} is not written`],
    };
  const stdout = read(true);
  writeNewFile(options.out, serializeDatasetFile(datasetFileOf(data, region)));
  const wrote = `Wrote ${options.out}: ${plural(data.observations.length, 'figure')} and ${plural(data.targets.length, 'target')} for ${region}`;
  return { stdout: `${stdout}\n\n${wrote}`, problems: [] };
}
