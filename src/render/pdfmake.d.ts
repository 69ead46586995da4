// pdfmake 0.3 ships no types; this is the part of its Node API that jixiao uses.
declare module 'pdfmake' {
  interface CreatedPdf {
    getBuffer(): Promise<Buffer>;
    /** The pdfkit document, laid out and rendered but not ended. */
    getStream(): Promise<unknown>;
  }
  interface PdfMake {
    setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string | Buffer>>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    virtualfs: { existsSync(name: string): boolean; readFileSync(name: string): Buffer; writeFileSync(name: string, content: Buffer): void };
    createPdf(docDefinition: Record<string, unknown>, options?: Record<string, unknown>): CreatedPdf;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}

// Internal modules of pdfmake and pdfkit that render/ patches (see engine.ts); typed where they are used.
declare module 'pdfmake/js/*' {
  const m: unknown;
  export default m;
}
declare module 'pdfkit' {
  const m: unknown;
  export default m;
}

// unicode-trie 2 ships no types: the table class that lazyTrie.ts wraps.
declare module 'unicode-trie' {
  export default class UnicodeTrie {
    constructor(data: Uint8Array | { data: Uint32Array; highStart: number; errorValue: number });
    get(codePoint: number): number;
  }
}
