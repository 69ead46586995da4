/**
 * The documents of a set printed once, each worked out when first read, for the fields that take another
 * document's fact when blank (`fill: same`): a field may read a document listed after its own. The report and the
 * web editor work a set's forms out this way alike.
 */
import type { Decimal } from 'decimal.js';
import type { Profile } from './definition.js';
import type { FormEngine } from './derive.js';

export class OnceDocuments {
  private readonly known = new Map<number, FormEngine | 'busy'>();

  /** `workOut`: the document at this index of `profile.documents` worked out on the input, given `fact` to read others'. */
  constructor(
    private readonly profile: Profile,
    private readonly workOut: (docIndex: number) => FormEngine,
  ) {}

  /** The document's form worked out; none while it is being worked out (two documents filling from each other). */
  engine(docIndex: number): FormEngine | undefined {
    const known = this.known.get(docIndex);
    if (known === 'busy') return undefined; // the later read stays blank
    if (known) return known;
    this.known.set(docIndex, 'busy');
    const engine = this.workOut(docIndex);
    this.known.set(docIndex, engine);
    return engine;
  }

  /** Another document's fact (`<document>.<ref>` split), as its form works it out; documents printed once only. */
  readonly fact = (document: string, ref: string): Decimal | undefined => {
    const docIndex = this.profile.documents.findIndex((d) => d.id === document && !d.each);
    return docIndex < 0 ? undefined : this.engine(docIndex)?.cell(ref);
  };
}
