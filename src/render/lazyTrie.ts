/**
 * unicode-trie for the packages that build their Unicode tables when loaded (fontkit, unicode-properties, linebreak):
 * the bundle resolves their `unicode-trie` imports here (scripts/bundle.mjs). Each table is inflated on its first
 * lookup instead: fontkit's shapers for Arabic, Indic and other scripts, and its Unicode properties, cost ~40 ms of a
 * cold build to inflate, and the bundled fonts' text never reads them (plainLayout.ts). Lookups give the same values.
 */
import UnicodeTrie from 'unicode-trie';

export default class LazyTrie {
  private trie: UnicodeTrie | undefined;

  constructor(private readonly source: ConstructorParameters<typeof UnicodeTrie>[0]) {}

  get(codePoint: number): number {
    this.trie ??= new UnicodeTrie(this.source);
    return this.trie.get(codePoint);
  }
}
