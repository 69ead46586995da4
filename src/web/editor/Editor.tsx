/** The editor's view: each sheet as a ruled table like its paper form, native inputs in the input cells. */
import { Component, h, type ComponentChild } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Content, FieldContent, Grid, ItemRow, Placed } from './grid.js';
import { tableRows } from './grid.js';
import { trailingNote } from '../../layout/table/brackets.js';
import { EDITOR_TEXT } from './messages.js';
import { insertAt, moveBy, pathKey, removeAt } from './paths.js';
import type { Sheet } from './sheet.js';
import type { Store } from './store.js';
import { mapList } from '../../mapList.js';

type Editable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * A view drawn again only when one of its props is another object: the store shares unchanged parts of the forms
 * between keystrokes, so a keystroke redraws the row it changed, not every form. What a field shows by itself (its
 * text, message, marks) comes from its own signals, which redraw it alone.
 */
function pure<P extends object>(view: (props: P) => ComponentChild) {
  return class Pure extends Component<P> {
    shouldComponentUpdate(next: P): boolean {
      const now = this.props as Record<string, unknown>;
      for (const k in next) if ((next as Record<string, unknown>)[k] !== now[k]) return true;
      for (const k in now) if (!(k in next)) return true;
      return false;
    }
    render(props: P) {
      return h(view as never, props);
    }
  };
}

/**
 * One input cell. The element keeps what is typed: its value is written back only when it is not being edited
 * (not focused, no input-method composition under way), so a Chinese IME's candidates are never overwritten.
 */
function FieldInput({ content, store, described }: { content: FieldContent; store: Store; described?: string }) {
  const ref = useRef<Editable>(null);
  const composing = useRef(false);
  const typed = store.textAt(content.path).value;
  // A closed list shows the option a value stands for, however the file spells it.
  const text = content.spellings?.[typed] ?? typed;
  const sync = () => {
    const el = ref.current;
    if (el && !composing.current && document.activeElement !== el && el.value !== text) el.value = text;
  };
  useLayoutEffect(sync);
  const commit = (el: Editable) => store.type(content.path, el.value, content.input);
  const common = {
    ref: ref as never,
    'data-path': pathKey(content.path),
    'aria-label': content.name,
    'aria-invalid': described ? ('true' as const) : undefined,
    'aria-describedby': described,
    title: content.computed !== undefined && text === '' ? EDITOR_TEXT.computedTitle(content.computed) : content.help,
    'aria-description': content.help,
    onCompositionStart: () => (composing.current = true),
    onCompositionEnd: (e: Event) => {
      composing.current = false;
      commit(e.currentTarget as Editable);
    },
    onInput: (e: Event) => {
      if (composing.current || (e as InputEvent).isComposing) return;
      commit(e.currentTarget as Editable);
    },
    onBlur: sync,
  };
  if (content.input === 'choice' && content.closed) {
    const options = content.options ?? [];
    return (
      <select {...common} onChange={(e) => commit(e.currentTarget)}>
        <option value="">{content.placeholder === undefined ? EDITOR_TEXT.choose : EDITOR_TEXT.byDefault(content.placeholder)}</option>
        {mapList([...options, ...(text && !options.includes(text) ? [text] : [])], (o) => (
          <option value={o}>{o}</option>
        ))}
      </select>
    );
  }
  if (content.input === 'multiline') return <textarea {...common} rows={1} placeholder={content.computed ?? content.placeholder} />;
  const list = content.input === 'choice' ? `${pathKey(content.path)}:options` : undefined;
  return (
    <>
      <input
        {...common}
        type="text"
        class={content.input === 'number' ? 'jx-number' : undefined}
        inputMode={content.input === 'number' ? 'decimal' : undefined}
        placeholder={content.computed ?? content.placeholder ?? (content.input === 'date' ? 'YYYY-MM-DD' : undefined)}
        list={list}
      />
      {list && (
        <datalist id={list}>
          {mapList(content.options!, (o) => (
            <option value={o} />
          ))}
        </datalist>
      )}
    </>
  );
}

function fieldClasses(content: FieldContent, store: Store): { classes: string[]; message?: string; title?: string } {
  const key = pathKey(content.path);
  const classes: string[] = [];
  const message = store.messageAt(content.path).value;
  const findings = store.findingsOf(content.path);
  if (message) classes.push('jx-invalid');
  if (findings.length) classes.push(findings.some((f) => f.level === 'error') ? 'jx-finding-error' : 'jx-finding-warning');
  if (content.computed !== undefined && store.textAt(content.path).value === '') classes.push('jx-computed');
  if (store.markedAt(content.path).value) classes.push('jx-marked');
  return { classes, message, title: findings.length ? mapList(findings, (f) => f.message).join('\n') : undefined };
}

/** An input inside a line of text: marked and explained as a cell of its own would be. */
function InlineField({ content, store }: { content: FieldContent; store: Store }) {
  const { classes, message, title } = fieldClasses(content, store);
  const messageId = message ? `msg:${pathKey(content.path)}` : undefined;
  return (
    <span class={['jx-inline', ...classes].join(' ')} title={title}>
      <FieldInput content={content} store={store} described={messageId} />
      {classes.includes('jx-computed') && (
        <span class="jx-auto-inline" aria-hidden="true">
          {EDITOR_TEXT.computed}
        </span>
      )}
      {message && (
        <span class="jx-message" id={messageId} role="alert">
          {message}
        </span>
      )}
    </span>
  );
}

/** A heading's closing note ("（万元）") wraps as one piece, as on the printed form. */
function labelText(text: string): ComponentChild {
  const note = trailingNote(text);
  return note ? [note[0], <span class="jx-note">{note[1]}</span>] : text;
}

function CellView({ cell, store }: { cell: Placed; store: Store }) {
  const span = { rowSpan: cell.rowSpan, colSpan: cell.colSpan };
  const c: Content = cell.content;
  if (c.t === 'label') {
    const align = c.align === 'left' ? 'jx-left' : undefined;
    const indent = cell.indent ? { paddingLeft: `${4 + cell.indent}px` } : undefined;
    return c.header || c.heading ? (
      <th {...span} class={align} style={indent}>
        {labelText(c.text)}
      </th>
    ) : (
      <td {...span} class={['jx-text', align, c.bold && 'jx-bold'].filter(Boolean).join(' ')} style={indent}>
        {c.text}
      </td>
    );
  }
  if (c.t === 'output') {
    return (
      <td {...span} class="jx-output jx-computed" title={EDITOR_TEXT.computed} aria-label={`${c.name}（${EDITOR_TEXT.computed}）`}>
        {c.text && (
          <span class="jx-auto" aria-hidden="true">
            {EDITOR_TEXT.computed}
          </span>
        )}
        <output aria-label={c.name}>{c.text}</output>
      </td>
    );
  }
  if (c.t === 'mixed') {
    return (
      <td {...span} class="jx-text jx-left jx-mixed">
        {mapList(c.parts, (p) => (typeof p === 'string' ? p : <InlineField content={p} store={store} />))}
      </td>
    );
  }
  const { classes, message, title } = fieldClasses(c, store);
  const messageId = message ? `msg:${pathKey(c.path)}` : undefined;
  return (
    <td {...span} class={classes.join(' ') || undefined} title={title} style={cell.indent ? { paddingLeft: `${cell.indent}px` } : undefined}>
      {c.prefix ? (
        <div class="jx-prefixed">
          <span class="jx-prefix" aria-hidden="true">
            {c.prefix}
          </span>
          <FieldInput content={c} store={store} described={messageId} />
        </div>
      ) : (
        <FieldInput content={c} store={store} described={messageId} />
      )}
      {c.after && (
        <div class="jx-after" title={EDITOR_TEXT.computed}>
          {c.after}
        </div>
      )}
      {classes.includes('jx-computed') && (
        // A number is right-aligned: the mark goes left of it; a text starts at the left: the mark goes right.
        <span class={c.input === 'number' ? 'jx-auto' : 'jx-auto jx-auto-right'} aria-hidden="true">
          {EDITOR_TEXT.computed}
        </span>
      )}
      {message && (
        <div class="jx-message" id={messageId} role="alert">
          {message}
        </div>
      )}
    </td>
  );
}

const Cell = pure(CellView);

function RowActionsView({ item, store }: { item: ItemRow; store: Store }) {
  const what = EDITOR_TEXT.rowN(item.index + 1);
  if (item.count === 0) {
    return (
      <button type="button" onClick={() => store.list(item.list, insertAt(0, item.blank))} aria-label={EDITOR_TEXT.add} title={EDITOR_TEXT.add}>
        ＋
      </button>
    );
  }
  return (
    <>
      <button type="button" onClick={() => store.list(item.list, insertAt(item.index + 1, item.blank))} aria-label={EDITOR_TEXT.addAfter(what)} title={EDITOR_TEXT.addAfter(what)}>
        ＋
      </button>
      <button type="button" disabled={item.index === 0} onClick={() => store.list(item.list, moveBy(item.index, -1))} aria-label={EDITOR_TEXT.up(what)} title={EDITOR_TEXT.up(what)}>
        ↑
      </button>
      <button type="button" disabled={item.index === item.count - 1} onClick={() => store.list(item.list, moveBy(item.index, 1))} aria-label={EDITOR_TEXT.down(what)} title={EDITOR_TEXT.down(what)}>
        ↓
      </button>
      <button type="button" onClick={() => store.list(item.list, removeAt(item.index))} aria-label={EDITOR_TEXT.remove(what)} title={EDITOR_TEXT.remove(what)}>
        ✕
      </button>
    </>
  );
}

const RowActions = pure(RowActionsView);

/** Share of the width the form's own columns take when a column of row buttons follows them. */
const WITH_ACTIONS = 89;

function GridTableView({ grid, store, actions }: { grid: Grid; store: Store; actions: boolean }) {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const width = actions ? WITH_ACTIONS : 100;
  return (
    <>
      {grid.caption && <div class="jx-caption">{grid.caption}</div>}
      <table class={['jx-form', grid.plain && 'jx-plain', grid.widths.length === 2 && 'jx-fields'].filter(Boolean).join(' ')} data-grid={grid.id}>
        <colgroup>
          {mapList(grid.widths, (w) => (
            <col style={{ width: `${(width * w) / total}%` }} />
          ))}
          {actions && <col class="jx-actions-col" />}
        </colgroup>
        <tbody>
          {mapList(tableRows(grid), (r) => (
            <tr>
              {mapList(r.cells, (cell) => (
                <Cell cell={cell} store={store} />
              ))}
              {actions && <td class="jx-actions">{r.item && <RowActions item={r.item} store={store} />}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const GridTable = pure(GridTableView);

function DocActionsView({ each, store }: { each: NonNullable<Sheet['each']>; store: Store }) {
  const add = (
    <button type="button" onClick={() => store.list(each.path, insertAt(each.index + 1, {}))}>
      {EDITOR_TEXT.addDoc(each.noun)}
    </button>
  );
  if (each.count === 0) return <div class="jx-doc-actions">{add}</div>;
  return (
    <div class="jx-doc-actions">
      <button type="button" disabled={each.index === 0} onClick={() => store.list(each.path, moveBy(each.index, -1))}>
        {EDITOR_TEXT.upDoc}
      </button>
      <button type="button" disabled={each.index === each.count - 1} onClick={() => store.list(each.path, moveBy(each.index, 1))}>
        {EDITOR_TEXT.downDoc}
      </button>
      <button type="button" onClick={() => store.list(each.path, removeAt(each.index))}>
        {EDITOR_TEXT.removeDoc}
      </button>
      {add}
    </div>
  );
}

const DocActions = pure(DocActionsView);

function SheetSection({ sheet, store }: { sheet: Sheet; store: Store }) {
  const headingId = `sheet:${sheet.id}`;
  const actions = sheet.grids.some((x) => x.items.length > 0);
  return (
    <section class="jx-sheet" aria-labelledby={headingId} data-sheet={sheet.id}>
      {sheet.attachment && <p class="jx-attachment">{sheet.attachment}</p>}
      {sheet.reportCode && <p class={actions ? 'jx-report-code jx-beside-actions' : 'jx-report-code'}>{sheet.reportCode}</p>}
      <h2 id={headingId}>{sheet.title}</h2>
      {mapList(sheet.subtitle, (line) => (
        <p class="jx-subtitle">{line}</p>
      ))}
      {sheet.each && <DocActions each={sheet.each} store={store} />}
      {sheet.captionLine && (
        <div class={actions ? 'jx-caption-line jx-beside-actions' : 'jx-caption-line'}>
          <span>{sheet.captionLine[0]}</span>
          <span>{sheet.captionLine[1]}</span>
        </div>
      )}
      {mapList(sheet.grids, (g) => (
        <GridTable grid={g} store={store} actions={actions} />
      ))}
    </section>
  );
}

const SheetView = pure(SheetSection);

export function EditorView({ store }: { store: Store }) {
  const sheets = store.sheets.value;
  return (
    <div class="jx-editor">
      <nav class="jx-sheets" aria-label={EDITOR_TEXT.forms}>
        {mapList(sheets, (s) => (
          <a href={`#sheet:${s.id}`}>{s.title}</a>
        ))}
      </nav>
      {mapList(sheets, (s) => (
        <SheetView key={s.id} sheet={s} store={store} />
      ))}
    </div>
  );
}
