// Package relationships (OPC): a part's .rels file maps relationship ids to the parts they point at
// and says what each is (worksheet, shared strings, styles). Targets are relative to the part that
// owns the .rels file, or absolute from the package root.
import type { LimitedZip } from './unzip-limited.ts';
import { attr, parseXmlPart } from './xml-part.ts';

export interface Relationship {
  /** The relationship type's last path segment: "worksheet", "sharedStrings", "officeDocument". */
  type: string;
  /** The target part's name in the zip ("xl/worksheets/sheet1.xml"). */
  part: string;
}

/** The relationships of `source` ("" for the package itself), by id; none when it has no .rels part. */
export function readRelationships(zip: LimitedZip, source: string, where: string): Map<string, Relationship> {
  const slash = source.lastIndexOf('/');
  const dir = source.slice(0, slash + 1);
  const relsPart = `${dir}_rels/${source.slice(slash + 1)}.rels`;
  const found = new Map<string, Relationship>();
  const bytes = zip.read(relsPart);
  if (!bytes) return found;
  parseXmlPart(bytes, relsPart, where, {
    open(name, attrs) {
      if (name !== 'Relationship' || attr(attrs, 'TargetMode') === 'External') return;
      const id = attr(attrs, 'Id');
      const type = attr(attrs, 'Type') ?? '';
      const target = attr(attrs, 'Target');
      if (id !== undefined && target !== undefined && !found.has(id)) {
        found.set(id, { type: type.slice(type.lastIndexOf('/') + 1), part: resolvePart(dir, target) });
      }
    },
  });
  return found;
}

/** The first relationship of a type (a workbook has one shared-strings part and one styles part). */
export function relationshipOfType(rels: Map<string, Relationship>, type: string): Relationship | undefined {
  for (const rel of rels.values()) if (rel.type === type) return rel;
  return undefined;
}

/** "worksheets/sheet1.xml" from "xl/" is "xl/worksheets/sheet1.xml"; "/xl/x.xml" is from the root; ".." goes up. */
function resolvePart(dir: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : dir + target;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(percentDecoded(segment));
  }
  return out.join('/');
}

function percentDecoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
