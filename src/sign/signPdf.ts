import { SignPdf, Signer as SignPdfSigner } from '@signpdf/signpdf';
import { signedData } from './cms.js';
import { addSignaturePlaceholder, type Widget } from './placeholder.js';
import type { Signer } from './signer.js';

export interface SignOptions {
  /** The claimed signing time (the signature dictionary's /M). */
  time: Date;
  /** The signer's name as the signature dictionary records it. */
  name: string;
  reason?: string;
  location?: string;
  widget?: Widget;
}

/** @signpdf/signpdf hands over the bytes the ByteRange covers and takes the CMS back. */
class CmsSigner extends SignPdfSigner {
  constructor(private readonly signer: Signer) {
    super();
  }

  async sign(covered: Buffer): Promise<Buffer> {
    return Buffer.from(await signedData(this.signer, covered));
  }
}

/**
 * A signed copy of `pdf`: the original bytes, then an incremental update with the signature (PAdES B-B). Room for
 * the CMS is reserved from the certificates' sizes; @signpdf/signpdf fills in the byte range and the contents.
 */
export async function signPdf(pdf: Buffer, signer: Signer, o: SignOptions): Promise<Buffer> {
  const certificates = signer.certificates.reduce((sum, c) => sum + c.length, 0);
  const withPlaceholder = addSignaturePlaceholder(pdf, { ...o, contentsBytes: 4096 + certificates });
  return new SignPdf().sign(withPlaceholder, new CmsSigner(signer));
}
