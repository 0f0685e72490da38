// A metrics sheet (Chỉ tiêu riêng, Metrics) defines the file's own metrics: id, label in
// Vietnamese and English, unit, kind (stock/ytd-flow/share or số dư/lũy kế/tỷ lệ) and, for a share,
// its denominator. Each row is checked by the schema scenario files use for own metrics, its
// problems placed at the row's cells.
import { msg, type Message } from '../../messages.ts';
import { quoted } from '../issues.ts';
import { DENOMINATORS, KINDS, type Denominator, type Kind } from '../observation-schema.ts';
import { ownMetricSchema, type OwnMetric } from '../own-metrics.ts';
import { checkSchema } from '../scenario-messages.ts';
import type { ColumnRole } from './headers.ts';
import type { SheetPlan } from './layout.ts';
import { OWN_PREFIX } from './metric-match.ts';
import { nameKey, slug } from './normalize.ts';
import type { SheetView } from './sheet-view.ts';
import { readUnit } from './units.ts';

const KIND_WORDS: Readonly<Record<string, Kind>> = Object.fromEntries([
  ...KINDS.map((k) => [nameKey(k), k]),
  ...['Số dư', 'Số tại thời điểm', 'flow stock'].map((w) => [nameKey(w), 'stock']),
  ...['Lũy kế', 'Luỹ kế', 'Lũy kế từ đầu năm', 'ytd', 'year to date'].map((w) => [nameKey(w), 'ytd-flow']),
  ...['Tỷ lệ', 'Tỉ lệ', 'Tỷ trọng'].map((w) => [nameKey(w), 'share']),
]);

const DENOMINATOR_WORDS: Readonly<Record<string, Denominator>> = Object.fromEntries(
  [
    ...DENOMINATORS.map((d) => [nameKey(d), d]),
    ['Dân số', 'population'],
    ['Dân số đăng ký', 'registered-population'],
    ['Lực lượng lao động trong độ tuổi', 'working-age-labour-force'],
    ['Lực lượng lao động', 'labour-force'],
    ['Lao động khu vực phi chính thức', 'informal-workforce'],
    ['Kế hoạch', 'plan'],
    ['Số phải thu', 'amount-due'],
    ['Số chi trả', 'payments'],
  ].map(([w, d]) => [nameKey(w!), d as Denominator]),
);

export interface DefinedRow {
  metric: OwnMetric;
  r: number;
  /** The id column (its cell is empty when the id was made from the label). */
  c: number;
}

export interface DefinitionContext {
  view: SheetView;
  plan: SheetPlan;
  /** The catalogue's ids, lower case: an own metric may not take one. */
  catalogue: ReadonlySet<string>;
  /** Own ids defined so far in the file, lower case; the sheet's are added. */
  defined: Set<string>;
  problem(r: number, c: number, text: Message): void;
}

/** The rows of a metrics sheet as own metrics; a row with a problem is reported and left out. */
export function readDefinitions(ctx: DefinitionContext): DefinedRow[] {
  const { view, plan } = ctx;
  const col = (role: ColumnRole) => plan.roles[role]?.c;
  const idC = col('id') ?? col('metric')!;
  const viC = col('labelVi') ?? col('metricName');
  const enC = col('labelEn');
  const text = (r: number, c: number | undefined) => (c === undefined ? '' : view.text(r, c));
  const out: DefinedRow[] = [];
  const ids = ctx.defined;
  const taken = (id: string) => ids.has(id) || ctx.catalogue.has(id);
  for (let r = plan.dataStart; r < view.grid.rows.length; r++) {
    const cells = { id: text(r, idC), vi: text(r, viC), en: text(r, enC), unit: text(r, col('unit')), kind: text(r, col('kind')) };
    const denominatorText = text(r, col('denominator'));
    if (Object.values(cells).every((t) => t === '') && denominatorText === '') continue;
    const problem = (c: number | undefined, m: Message) => ctx.problem(r, c ?? idC, m);
    const vi = cells.vi || cells.en;
    const en = cells.en || cells.vi;
    if (!vi) {
      problem(viC ?? enC, msg('importMetricNoLabel'));
      continue;
    }
    const unit = readUnit(cells.unit);
    if (!unit) {
      problem(col('unit'), cells.unit === '' ? msg('importUnitMissing') : msg('importUnitUnknown', { unit: quoted(cells.unit) }));
      continue;
    }
    const kind = cells.kind === '' ? (unit.unit === 'percent' ? 'share' : undefined) : KIND_WORDS[nameKey(cells.kind)];
    if (!kind) {
      problem(col('kind'), cells.kind === '' ? msg('importKindMissing') : msg('importKindUnknown', { kind: quoted(cells.kind) }));
      continue;
    }
    const denominator = denominatorText === '' ? undefined : DENOMINATOR_WORDS[nameKey(denominatorText)];
    if (denominatorText !== '' && !denominator) {
      problem(
        col('denominator'),
        msg('importDenominatorUnknown', { denominator: quoted(denominatorText), known: DENOMINATORS.join(', ') }),
      );
      continue;
    }
    let id = cells.id.toLowerCase();
    if (id === '') {
      const stem = `${OWN_PREFIX}${slug(vi) || 'metric'}`;
      id = stem;
      for (let n = 2; taken(id); n++) id = `${stem}-${n}`;
    } else if (ctx.catalogue.has(id)) {
      problem(idC, msg('ownMetricIsCatalogue', { id }));
      continue;
    } else if (ids.has(id)) {
      problem(idC, msg('duplicateId', { id }));
      continue;
    }
    const checked = checkSchema(ownMetricSchema, { id, label: { vi, en }, unit: unit.unit, kind, ...(denominator ? { denominator } : {}) });
    if (!checked.ok) {
      // The schema's paths name the fields: each problem goes to its column.
      const fieldColumn = (where: string) =>
        where.startsWith('label.vi') ? viC : where.startsWith('label.en') ? (enC ?? viC) : col(where.split('.')[0] as ColumnRole);
      for (const found of checked.issues) problem(fieldColumn(found.where), { key: found.key, params: found.params });
      continue;
    }
    ids.add(id);
    out.push({ metric: checked.value, r, c: idC });
  }
  return out;
}
