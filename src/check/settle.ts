import { Decimal } from 'decimal.js';
import type { Finding } from '../diagnostics/finding.js';
import { splitPath } from '../model/paths.js';
import type { ReportInput } from '../model/schema.js';
import { LABELS } from './messages.js';
import { nameOf, type Fix, type Placed, type Proposal } from './rule.js';
import { mapList } from '../mapList.js';

const key = (f: Placed) => `${f.id} ${f.path}`;

/**
 * Makes each error's 应为 safe to follow. A rule sees two figures disagree, not which one was mistyped; the other
 * relations of the report know. So each proposed correction is tried on a copy of the input: kept if no error
 * appears that was not there, else the other place compared is tried (the finding moves there), else the finding
 * keeps its place, loses its 应为, and names what the correction would have broken. A copy is asked only where its
 * errors are (`recheck`), not what they say: it has every other error of the input too.
 */
export function settle(input: ReportInput, proposals: Proposal[], recheck: (changed: ReportInput) => Placed[]): Finding[] {
  const errors = new Set(mapList(proposals.filter((p) => p.finding.level === 'error'), (p) => key(p.finding)));
  /** The errors a correction would bring that were not there; undefined when it would also fail to clear its own finding. */
  const breaks = (fix: Fix, own: Finding): Placed[] => {
    const after = recheck(withValue(input, fix)).filter((f) => f.level === 'error');
    return after.filter((f) => !errors.has(key(f)) || key(f) === key(own));
  };
  const settled = mapList(proposals, (p): Proposal => {
    const { finding, fix, instead } = p;
    if (finding.level !== 'error' || !fix) return p;
    const broken = breaks(fix, finding);
    if (!broken.length) return p;
    if (instead && !breaks(instead, finding).length) {
      const where = nameOf(instead.path);
      return { ...p, finding: { ...finding, path: instead.path, where, expected: instead.expected, actual: instead.actual, message: finding.message + LABELS.blameMoved(where) } };
    }
    const { expected: _dropped, ...rest } = finding;
    return { ...p, finding: { ...rest, message: finding.message + (p.total ? LABELS.blameKeptTotal : LABELS.blameKept)(finding.expected ?? '', breakList(broken)) } };
  });
  return mapList(dropEchoes(settled), (p) => p.finding);
}

/**
 * A finding whose own figure was worked out from an input that has an error of its own repeats that error (one
 * typo, one finding): it is left out, unless the two rest on each other and neither can be told first.
 */
function dropEchoes(proposals: Proposal[]): Proposal[] {
  const errors = proposals.filter((p) => p.finding.level === 'error');
  const restsOnOther = (p: Proposal, other: Proposal) => p !== other && !!p.rests?.includes(other.finding.path) && !other.rests?.includes(p.finding.path);
  return proposals.filter((p) => p.finding.level !== 'error' || !errors.some((other) => restsOnOther(p, other)));
}

function breakList(broken: Placed[]): string {
  return [...new Set(mapList(broken, (f) => nameOf(f.path)))].join(LABELS.listJoin);
}

/** A copy of the input with one figure set; the rest is shared (nothing in the check stage mutates the input). */
function withValue(input: ReportInput, fix: Fix): ReportInput {
  const path = splitPath(fix.path);
  const copy = (node: unknown, depth: number): unknown => {
    if (depth === path.length) return new Decimal(fix.value);
    const seg = path[depth];
    const base = Array.isArray(node) ? [...node] : { ...(node as Record<string, unknown>) };
    (base as Record<string | number, unknown>)[seg] = copy((node as Record<string | number, unknown> | undefined)?.[seg], depth + 1);
    return base;
  };
  return copy(input, 0) as ReportInput;
}
