/** The editor's state: the input as typed, the page's findings, the marked field; everything shown derives from them. */
import { computed, signal } from '@preact/signals';
import type { Finding } from '../../diagnostics/finding.js';
import type { Profile } from '../../forms/definition.js';
import type { ReportInput } from '../../model/schema.js';
import { engineSheets } from './engine.js';
import type { InputKind } from './grid.js';
import { legacySheets } from './legacy.js';
import { editList, pathKey, setIn, type Path } from './paths.js';
import { readInput, storedValue } from './validate.js';

export type Input = Record<string, unknown>;

export function createStore(profile: Profile, input: Input, findings: Finding[], onChange: (input: Input) => void) {
  const data = signal<Input>(input);
  const found = signal<Finding[]>(findings);
  const marked = signal<string | undefined>(undefined);
  // One reading of the input per edit: the messages at the fields, and (hunan-2022) what blank cells print.
  const reading = computed(() => readInput(profile, data.value));
  const sheets = computed(() => (profile.engine === 'legacy' ? legacySheets(data.value, reading.value.parsed as ReportInput | undefined) : engineSheets(profile, data.value)));
  const messages = computed(() => reading.value.messages);
  const findingsAt = computed(() => {
    const out = new Map<string, Finding[]>();
    for (const f of found.value) out.set(f.path, [...(out.get(f.path) ?? []), f]);
    return out;
  });
  const change = (next: unknown) => {
    data.value = next as Input;
    onChange(data.value);
  };
  return {
    profile,
    data,
    found,
    marked,
    sheets,
    messages,
    findingsAt,
    /** A cell typed into: the text kept as the input keeps it. */
    type(path: Path, text: string, kind: InputKind) {
      change(setIn(data.value, path, storedValue(text, kind === 'number')));
    },
    list(path: Path, edit: (items: unknown[]) => unknown[]) {
      change(editList(data.value, path, edit));
    },
    /**
     * The findings about a cell: its own, and those about a part of the form it belongs to (按支出性质分 for its
     * two cells); a finding about a whole form or list item marks none of its cells.
     */
    findingsOf(path: Path): Finding[] {
      const out: Finding[] = [];
      for (let n = path.length; n >= 2; n--) {
        if (n < path.length && typeof path[n - 1] === 'number') break;
        out.push(...(findingsAt.value.get(pathKey(path.slice(0, n))) ?? []));
      }
      return out;
    },
  };
}

export type Store = ReturnType<typeof createStore>;
