import { certificateInfo, type CertificateInfo } from '../sign/certificate.js';
import { checkCms, type CmsCheck } from './cms.js';
import { mapList } from '../mapList.js';

export interface SignatureCheck extends Omit<CmsCheck, 'certificate'> {
  byteRange: number[];
  /** The byte range starts at 0, ends at the end of the file and leaves out exactly its own /Contents. */
  coversWhole: boolean;
  subFilter?: string;
  /** The claimed signing time (/M), ISO. */
  time?: string;
  certificate?: CertificateInfo;
}

export interface PdfCheck {
  signatures: SignatureCheck[];
  /** XMP with pdfaid:part and an OutputIntent. */
  pdfA: boolean;
  /** At least one font, and every font descriptor holds its font file. */
  fontsEmbedded: boolean;
}

/** Reads every signature of a PDF (each /ByteRange with its /Contents) and the PDF/A parts a reader relies on. */
export async function checkPdf(pdf: Buffer): Promise<PdfCheck> {
  const text = pdf.toString('latin1');
  const signatures: SignatureCheck[] = [];
  for (const m of text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)) signatures.push(await checkSignature(pdf, text, m));
  return { signatures, pdfA: /pdfaid:part/.test(text) && /\/OutputIntents\b/.test(text), fontsEmbedded: fontsEmbedded(text) };
}

async function checkSignature(pdf: Buffer, text: string, m: RegExpMatchArray): Promise<SignatureCheck> {
  const range = mapList(m.slice(1, 5), Number);
  const [a, b, c, d] = range;
  const dict = signatureDictAround(text, m.index!);
  // What the range leaves out must be exactly the hex string of a /Contents entry, nothing more.
  const gap = /^<([0-9a-fA-F]*)>$/.exec(text.slice(b, c));
  const coversWhole = a === 0 && b < c && c + d === pdf.length && !!gap && /\/Contents\s*$/.test(text.slice(Math.max(0, b - 16), b));
  const covered = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, Math.min(pdf.length, c + d))]);
  // The zeros padding the placeholder stay: the DER's own length says where the CMS ends (it may end in zeros).
  const hex = gap?.[1] ?? /\/Contents\s*<([0-9a-fA-F]*)>/.exec(dict)?.[1] ?? '';
  const cms = await checkCms(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'), covered);
  const { certificate, ...rest } = cms;
  return {
    ...rest,
    byteRange: range,
    coversWhole,
    subFilter: /\/SubFilter\s*\/([^\s/>\]]+)/.exec(dict)?.[1],
    time: pdfDateToIso(/\/M\s*\((D:[^)]*)\)/.exec(dict)?.[1]),
    certificate: certificate ? certificateInfo(certificate) : undefined,
  };
}

/** The signature dictionary a /ByteRange sits in: from the "obj" before it to the "endobj" after it. */
function signatureDictAround(text: string, at: number): string {
  return text.slice(text.lastIndexOf(' obj', at), text.indexOf('endobj', at));
}

function fontsEmbedded(text: string): boolean {
  const descriptors = mapList([...text.matchAll(/\/Type\s*\/FontDescriptor\b/g)], (m) => text.slice(m.index, text.indexOf('>>', m.index)));
  return descriptors.length > 0 && descriptors.every((d) => /\/FontFile[23]?\b/.test(d));
}

function pdfDateToIso(d: string | undefined): string | undefined {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(d ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}
