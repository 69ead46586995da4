import { createHash, X509Certificate } from 'node:crypto';

// A certificate as signing and verifying both describe it: node:crypto alone, apart from reading a PKCS#12 file
// (node-forge, p12.ts), which verify never does.

/** The signer's certificate as people read it: who, issued by whom, valid when, and its SHA-256 fingerprint. */
export interface CertificateInfo {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  /** SHA-256 of the DER certificate, lower-case hex without colons. */
  sha256: string;
}

export function certificateInfo(der: Uint8Array): CertificateInfo {
  const cert = new X509Certificate(der);
  return {
    subject: oneLine(cert.subject),
    issuer: oneLine(cert.issuer),
    validFrom: new Date(cert.validFrom).toISOString(),
    validTo: new Date(cert.validTo).toISOString(),
    sha256: createHash('sha256').update(der).digest('hex'),
  };
}

/** Node prints a distinguished name one attribute a line; reports and the manifest want one line. */
function oneLine(dn: string): string {
  return dn.split('\n').filter(Boolean).join(', ');
}
