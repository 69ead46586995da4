/**
 * fontkit's decoded tables, shared by every font parsed from the same file. pdfkit makes a fontkit font per document
 * (then replaced by the shared one, engine.ts), and reading glyph 0's width in its constructor decodes the loca
 * table: fontkit reads its 30 000 offsets one by one through restructure, ~5 ms in a cold process. Decoded tables
 * depend on the file alone, so fontkit's per-font table cache is backed by one per file, and loca is not decoded at
 * all: it is read where fontkit asks for an offset (locaView).
 */

/** The parts of a fontkit font read here. */
export interface FontkitFont {
  stream?: { buffer?: object };
  directory?: { tables?: Record<string, { offset: number; length: number } | undefined> };
  head?: { indexToLocFormat?: number };
  _tables?: Record<string, unknown>;
}

/** A table as fontkit's directory names it. */
interface TableEntry {
  tag: string;
}

const SHARED = Symbol('jixiao.sharedTables');

/** fontkit's decoded tables by font file. */
const decodedTables = new WeakMap<object, Map<string, unknown>>();

/**
 * Backs fontkit's table cache (on the prototype of `font`, once) with one per file, seeded with what `font` has
 * decoded so far. The engine installs it at set-up, before pdfkit makes its first font; where pdfkit's fontkit is
 * another copy than the one the engine imports (the source run by the tests), it is installed on pdfkit's first font.
 */
export function shareDecodedTables(font: FontkitFont): void {
  const file = font.stream?.buffer;
  if (file && !decodedTables.has(file)) decodedTables.set(file, new Map(Object.entries(font._tables ?? {})));
  const proto = Object.getPrototypeOf(font) as { _getTable(table: TableEntry): unknown; [SHARED]?: true };
  if (proto[SHARED]) return;
  const getTable = proto._getTable;
  proto._getTable = function _getTable(this: FontkitFont, table: TableEntry) {
    const file = this.stream?.buffer;
    if (!file) return getTable.call(this, table);
    let tables = decodedTables.get(file);
    if (!tables) decodedTables.set(file, (tables = new Map()));
    if (!tables.has(table.tag)) tables.set(table.tag, (table.tag === 'loca' && locaView(this)) || getTable.call(this, table));
    return tables.get(table.tag);
  };
  proto[SHARED] = true;
}

/** fontkit's loca table as it decodes it, { version, offsets }. */
export interface Loca {
  version: number;
  offsets: number[];
}

/**
 * The loca table of `font` as fontkit's decode gives it (offsets in bytes, a short table's doubled), each offset
 * read from the file when fontkit asks for it. Undefined when the file's bytes or its head are not at hand.
 */
export function locaView(font: FontkitFont): Loca | undefined {
  const entry = font.directory?.tables?.loca;
  const bytes = font.stream?.buffer;
  const format = font.head?.indexToLocFormat;
  if (!entry || !(bytes instanceof Uint8Array) || (format !== 0 && format !== 1)) return undefined;
  const long = format === 1;
  const count = Math.floor(entry.length / (long ? 4 : 2));
  const view = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, entry.length);
  const offsets = new Proxy([] as number[], {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.length > 0) {
        const i = Number(key);
        if (Number.isInteger(i) && i >= 0 && i < count) return long ? view.getUint32(i * 4) : view.getUint16(i * 2) * 2;
        if (key === 'length') return count;
      }
      return Reflect.get(target, key, receiver);
    },
  });
  return { version: format, offsets };
}
