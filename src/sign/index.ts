/** Digital signatures on a report set (PAdES B-B), behind a small Signer interface. */
export { openP12, certificateInfo, P12Signer, type CertificateInfo } from './p12.js';
export { signPdf, type SignOptions } from './signPdf.js';
export { signTarget, readManifest, commonName, type SignatureRecord, type SignedEntry } from './target.js';
export type { Signer } from './signer.js';
export { SIGN_MESSAGES } from './messages.js';
export { visibleWidget } from './visible.js';
