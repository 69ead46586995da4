/** The editor's state: the input as typed, the page's findings, the marked field; everything shown derives from them. */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Finding } from '../../diagnostics/finding.js';
import type { Profile } from '../../forms/definition.js';
import type { ReportInput } from '../../model/schema.js';
import { engineSheets } from './engine.js';
import type { InputKind } from './grid.js';
import { legacySheets } from './legacy.js';
import { editList, getIn, pathKey, setIn, type Path } from './paths.js';
import { share } from './shared.js';
import { cellText, type Sheet } from './sheet.js';
import { readInput, storedValue } from './validate.js';

export type Input = Record<string, unknown>;

/** One signal per field, made when first asked for: a field's view reads only its own and redraws only when it changes. */
function perField<T>(make: (path: Path, key: string) => ReadonlySignal<T>): (path: Path) => ReadonlySignal<T> {
  const made = new Map<string, ReadonlySignal<T>>();
  return (path) => {
    const key = pathKey(path);
    let s = made.get(key);
    if (!s) made.set(key, (s = make(path, key)));
    return s;
  };
}

export function createStore(profile: Profile, input: Input, findings: Finding[], onChange: (input: Input) => void) {
  const data = signal<Input>(input);
  const found = signal<Finding[]>(findings);
  const marked = signal<string | undefined>(undefined);
  // One reading of the input per edit: the messages at the fields, and (hunan-2022) what blank cells print.
  const reading = computed(() => readInput(profile, data.value));
  let drawn: Sheet[] = [];
  // Shared with the previous drawing, so that only the rows and forms a keystroke changed are drawn again.
  const sheets = computed(() => {
    const next = profile.engine === 'legacy' ? legacySheets(data.value, reading.value.parsed as ReportInput | undefined, profile) : engineSheets(profile, data.value);
    return (drawn = share(drawn, next));
  });
  const messages = computed(() => reading.value.messages);
  const findingsAt = computed(() => {
    const out = new Map<string, Finding[]>();
    for (const f of found.value) out.set(f.path, [...(out.get(f.path) ?? []), f]);
    return out;
  });
  const findingsOf = perField((path) =>
    computed(() => {
      const out: Finding[] = [];
      for (let n = path.length; n >= 2; n--) {
        if (n < path.length && typeof path[n - 1] === 'number') break;
        out.push(...(findingsAt.value.get(pathKey(path.slice(0, n))) ?? []));
      }
      return out;
    }),
  );
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
    /** A field's text as its input shows it. */
    textAt: perField((path) => computed(() => cellText(getIn(data.value, path)))),
    /** A field's own message, when its value is malformed. */
    messageAt: perField((_, key) => computed(() => messages.value.get(key))),
    /** Whether the findings panel marked this field. */
    markedAt: perField((_, key) => computed(() => marked.value === key)),
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
      return findingsOf(path).value;
    },
  };
}

export type Store = ReturnType<typeof createStore>;
