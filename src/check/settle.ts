import { Decimal } from 'decimal.js';
import type { Finding } from '../diagnostics/finding.js';
import { splitPath } from '../model/paths.js';
import type { ReportInput } from '../model/schema.js';
import { LABELS, MESSAGES, type RuleId } from './messages.js';
import { nameOf, type Elsewhere, type Fix, type Placed, type Proposal } from './rule.js';
import { mapList } from '../mapList.js';

const key = (f: Placed) => `${f.id} ${f.path}`;

/**
 * Makes each error's 应为 safe to follow. A rule sees two figures disagree, not which one was mistyped; the other
 * relations of the report know. So each proposed correction is tried on a copy of the input: kept if no error
 * appears that was not there, else the other place compared is tried (the finding moves there), else, for a total,
 * each of its typed parts (the finding moves to the one that tells: theOnePart), else the finding keeps its place,
 * loses its 应为, and names what the correction would have broken. A copy is asked only where its
 * errors are (`recheck`), not what they say: it has every other error of the input too.
 */
export function settle(input: ReportInput, proposals: Proposal[], recheck: (changed: ReportInput) => Placed[]): Finding[] {
  const found = mapList(proposals.filter((p) => p.finding.level === 'error'), (p) => p.finding);
  const errors = new Set(mapList(found, key));
  /** The errors a copy with the correction has, and those of them it would bring (or its own, not cleared). */
  const trial = (fix: Fix, own: Finding) => {
    const after = recheck(withValue(input, fix)).filter((f) => f.level === 'error');
    return { broken: after.filter((f) => !errors.has(key(f)) || key(f) === key(own)), after };
  };
  /** How many of the input's errors a correction clears at other places than the finding's (its own cell's relations tell nothing new of it). */
  const clearedElsewhere = (after: Placed[], own: Finding) => {
    const still = new Set(mapList(after, key));
    return found.filter((f) => f.path !== own.path && !still.has(key(f))).length;
  };
  const moved = (p: Proposal, to: Elsewhere, why: (where: string) => string): Proposal => {
    const where = nameOf(to.path);
    return { ...p, finding: { ...p.finding, path: to.path, where, expected: to.expected, actual: to.actual, message: p.finding.message + why(where) } };
  };
  const settled = mapList(proposals, (p): Proposal => {
    const { finding, fix, instead, inParts } = p;
    if (finding.level !== 'error' || !fix) return p;
    const { broken } = trial(fix, finding);
    if (!broken.length) return p;
    if (instead && !trial(instead, finding).broken.length) return moved(p, instead, LABELS.blameMoved);
    const part = inParts && theOnePart(inParts, (c) => {
      const { broken, after } = trial(c, finding);
      return { broken, cleared: clearedElsewhere(after, finding) };
    });
    if (part) return moved(p, part, LABELS.blamePart);
    const { expected: _dropped, ...rest } = finding;
    return { ...p, finding: { ...rest, message: finding.message + (p.total ? LABELS.blameKeptTotal : LABELS.blameKept)(finding.expected ?? '', consequence(broken, finding.path)) } };
  });
  return mapList(dropEchoes(settled), (p) => p.finding);
}

/**
 * The part of a total that agrees with everything else to correct: of the parts whose correction breaks nothing and
 * clears an error elsewhere too (a typo in a part shows also where the part is used), the one that clears the most,
 * if no other clears as many. Any part can make a sum hold; only the other relations can tell which was
 * mistyped, and without them the total keeps its finding.
 */
function theOnePart(parts: readonly Elsewhere[], trial: (c: Elsewhere) => { broken: Placed[]; cleared: number }): Elsewhere | undefined {
  const telling = mapList(parts, (c) => ({ c, ...trial(c) })).filter((t) => !t.broken.length && t.cleared > 0);
  const most = Math.max(...mapList(telling, (t) => t.cleared));
  const best = telling.filter((t) => t.cleared === most);
  return best.length === 1 ? best[0].c : undefined;
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

/** What a correction would break, for the clerk: the other places, and the relations it would break at its own place. */
function consequence(broken: Placed[], own: string): string {
  const places = new Set(mapList(broken.filter((f) => f.path !== own), (f) => nameOf(f.path)));
  const relations = new Set(mapList(broken.filter((f) => f.path === own), (f) => MESSAGES[f.id as RuleId].title));
  return LABELS.consequence([...places], [...relations]);
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
