/**
 * What the PDF and CMS code needs from whoever holds the key. A PKCS#12 file with an RSA key is one such signer; a
 * 国密 (SM2/SM3) token can be another: it names its own algorithms, and the commands do not change.
 */
export interface Signer {
  /** DER certificates: the signer's own first, then the rest of its chain as the key file holds it. */
  readonly certificates: Uint8Array[];
  /** Object identifiers the CMS names: the digest (e.g. SHA-256) and the signature algorithm. */
  readonly algorithms: { digest: string; signature: string };
  /** The digest the CMS uses: of the signed byte ranges (message-digest) and of the certificate (ESS cert id). */
  digest(data: Uint8Array): Uint8Array;
  /** The signature value over `signedAttributes` (the DER SET of the CMS signed attributes). */
  sign(signedAttributes: Uint8Array): Promise<Uint8Array>;
}

export const OID = {
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  rsaEncryption: '1.2.840.113549.1.1.1',
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;
