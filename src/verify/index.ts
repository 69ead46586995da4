import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../diagnostics/finding.js';
import { readManifest, UNSIGNED_KINDS } from '../sign/manifest.js';
import { sha256 } from '../write/index.js';
import { WRITE_MESSAGES } from '../write/messages.js';
import { recoverFolder, unfinishedReplacements, type Recovered, type Unfinished } from '../write/recover.js';
import { VERDICTS, VERIFY_MESSAGES as M, type Verdict } from './messages.js';
import { checkPdf, type PdfCheck } from './pdf.js';
import { mapList } from '../mapList.js';

export interface FileReport {
  path: string;
  verdict: Verdict;
  /** The verdict in Chinese (有效, 已被修改 …). */
  verdictText: string;
  /** Every problem found, in Chinese; empty when the file is valid. */
  problems: string[];
  /** The manifest's SHA-256 matched (undefined for a PDF checked alone). */
  sha256Matches?: boolean;
  signatures: PdfCheck['signatures'];
  pdfA?: boolean;
  fontsEmbedded?: boolean;
}

/** A replacement of the folder's files that is not over: its files are not judged, the folder is not ok. */
export interface Interruption extends Unfinished {
  /** What happened and what to do, in Chinese. */
  message: string;
}

export interface VerifyReport {
  ok: boolean;
  files: FileReport[];
  /** The folder's last write was cut short mid-replacement (or is still under way): it holds no complete set. */
  interrupted?: Interruption[];
  /** What --repair did before the check. */
  repaired?: (Recovered & { message: string })[];
}

export interface VerifyOptions {
  /** Finish or undo a cut-short replacement first, as its journal says (the folder is changed). */
  repair?: boolean;
}

/**
 * Checks a published set (a folder with manifest.json) or one PDF: presence, hashes, signatures, PDF/A parts. A
 * folder (or a PDF's folder) whose last write was cut short mid-replacement holds no complete set: that is reported
 * instead, and nothing in it is changed unless `repair` asks for it. Verify is what proves that a published folder
 * did not change, and it may be run on a copy someone else keeps.
 */
export async function verifyTarget(target: string, now = new Date(), options: VerifyOptions = {}): Promise<VerifyReport> {
  const folder = (await stat(target).catch(() => undefined))?.isDirectory() ? target : dirname(target);
  const repaired = options.repair ? mapList(await recoverFolder(folder), (r) => ({ ...r, message: WRITE_MESSAGES.recovered(r.folder, r.outcome) })) : [];
  const unfinished = await unfinishedReplacements(folder);
  const reported = { ...(repaired.length > 0 && { repaired }) };
  if (unfinished.length) return { ok: false, files: [], interrupted: mapList(unfinished, (u) => ({ ...u, message: interruption(u) })), ...reported };
  return { ...(await verifyFiles(target, now)), ...reported };
}

function interruption(u: Unfinished): string {
  if (u.running) return M.stillRunning(u.folder, u.pid);
  return `${M.interrupted(u.folder, u.tag, u.direction)}\n${M.whatToDo(u.folder, u.direction !== undefined)}`;
}

async function verifyFiles(target: string, now: Date): Promise<VerifyReport> {
  const st = await stat(target).catch(() => undefined);
  const files: FileReport[] = [];
  if (st?.isDirectory()) {
    const manifest = await readManifest(target);
    for (const entry of manifest.files) files.push(await verifyFile(join(target, entry.path), entry.path, now, entry.sha256, !UNSIGNED_KINDS.includes(entry.kind)));
  } else if (st?.isFile() && target.toLowerCase().endsWith('.pdf')) files.push(await verifyFile(target, basename(target), now));
  else throw new UserError(M.notPdf(target));
  return { ok: files.every((f) => f.verdict === 'valid'), files };
}

async function verifyFile(path: string, name: string, now: Date, expected?: string, signed = true): Promise<FileReport> {
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => e);
  if (!Buffer.isBuffer(bytes)) {
    const verdict: Verdict = bytes.code === 'ENOENT' ? 'missing' : 'unreadable';
    return { path: name, verdict, verdictText: VERDICTS[verdict], problems: [verdict === 'missing' ? M.missing : M.unreadable(bytes.message)], signatures: [] };
  }
  const actual = sha256(bytes);
  const sha256Matches = expected === undefined ? undefined : actual === expected;
  const pdf = await checkPdf(bytes);
  const found: [Verdict, string][] = [];
  if (sha256Matches === false) found.push(['modified', M.hashMismatch(expected!, actual)]);
  pdf.signatures.forEach((s, i) => {
    if (!s.coversWhole) found.push(['modified', M.notWhole(i + 1)]);
    if (!s.digestOk) found.push(['modified', M.digest(i + 1)]);
    else if (!s.signatureOk) found.push(['badSignature', M.signature(i + 1, s.error ?? '')]);
    if (!s.certificateBound) found.push(['badSignature', M.certBinding(i + 1)]);
    const cert = s.certificate;
    if (cert && now > new Date(cert.validTo)) found.push(['expired', M.expired(cert.validTo)]);
    if (cert && now < new Date(cert.validFrom)) found.push(['notYetValid', M.notYetValid(cert.validFrom)]);
  });
  if (signed && !pdf.signatures.length) found.push(['unsigned', M.unsigned]);
  if (!pdf.pdfA) found.push(['notPdfA', M.noPdfA]);
  if (!pdf.fontsEmbedded) found.push(['fontsNotEmbedded', M.fonts]);
  // The gravest finding names the file's verdict; all of them are listed.
  const order: Verdict[] = ['modified', 'badSignature', 'unsigned', 'expired', 'notYetValid', 'notPdfA', 'fontsNotEmbedded'];
  const verdict = order.find((v) => found.some(([f]) => f === v)) ?? 'valid';
  return { path: name, verdict, verdictText: VERDICTS[verdict], problems: mapList(found, ([, p]) => p), sha256Matches, signatures: pdf.signatures, pdfA: pdf.pdfA, fontsEmbedded: pdf.fontsEmbedded };
}

export { VERDICTS, type Verdict } from './messages.js';
