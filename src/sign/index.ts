/** Digital signatures on a report set (PAdES B-B), behind a small Signer interface. */
export { openP12, P12Signer } from './p12.js';
export { certificateInfo, type CertificateInfo } from './certificate.js';
export { signPdf, type SignOptions } from './signPdf.js';
export { signTarget, commonName } from './target.js';
export { readManifest, type SignatureRecord, type SignedEntry } from './manifest.js';
export type { Signer } from './signer.js';
export { SIGN_MESSAGES } from './messages.js';
export { visibleWidget } from './visible.js';
