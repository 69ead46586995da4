// fontkit ships no types; this is the part jixiao's signature appearance uses (a character's glyph).
declare module 'fontkit' {
  interface Glyph {
    id: number;
  }
  interface Font {
    glyphForCodePoint(codePoint: number): Glyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer): Font;
}
