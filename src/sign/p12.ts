import { createHash, createPrivateKey, sign as rsaSign, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { UserError } from '../diagnostics/finding.js';
import { certificateInfo, type CertificateInfo } from './certificate.js';
import { localDate } from './dates.js';
import { SIGN_MESSAGES as M } from './messages.js';
import { OID, type Signer } from './signer.js';
import { mapList } from '../mapList.js';

/** A signer from a PKCS#12 file (.p12/.pfx) holding an RSA key, its certificate and maybe its chain. */
export class P12Signer implements Signer {
  readonly algorithms = { digest: OID.sha256, signature: OID.sha256WithRsa };
  readonly info: CertificateInfo;

  constructor(
    private readonly key: KeyObject,
    readonly certificates: Uint8Array[],
  ) {
    this.info = certificateInfo(certificates[0]);
  }

  digest(data: Uint8Array): Uint8Array {
    return createHash('sha256').update(data).digest();
  }

  async sign(signedAttributes: Uint8Array): Promise<Uint8Array> {
    return rsaSign('sha256', signedAttributes, this.key);
  }
}

/**
 * Opens a PKCS#12 file with its password and checks that it can sign now: a key, the certificate that goes with
 * it, and a validity period that holds `now`. Every failure is the user's to fix, said in Chinese.
 */
export function openP12(bytes: Buffer, password: string, file: string, now = new Date()): P12Signer {
  const p12 = parse(bytes, password, file);
  const keys = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const certs = (p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? []).flatMap((b) => (b.cert ? [b.cert] : []));
  if (!keys.length) throw new UserError(M.noKey(file));
  const key = keys[0].key as forge.pki.rsa.PrivateKey | undefined;
  if (!key?.n) throw new UserError(M.unsupportedKey(file));
  const own = certs.findIndex((c) => (c.publicKey as forge.pki.rsa.PublicKey).n?.equals(key.n));
  if (own < 0) throw new UserError(M.noCertificate(file));
  const ordered = mapList([certs[own], ...certs.filter((_, i) => i !== own)], (c) => Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes(), 'binary'));
  const signer = new P12Signer(createPrivateKey(forge.pki.privateKeyToPem(key)), ordered);
  checkValidity(signer.info, now);
  return signer;
}

function parse(bytes: Buffer, password: string, file: string): forge.pkcs12.Pkcs12Pfx {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(bytes.toString('binary')));
  } catch {
    throw new UserError(M.notP12(file));
  }
  try {
    return forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (e) {
    // forge says "Invalid password?" when the MAC or the decryption of a bag fails; anything else is not a PKCS#12.
    if (/password/i.test((e as Error).message)) throw new UserError(M.wrongPassword(file));
    throw new UserError(M.notP12(file));
  }
}

function checkValidity(info: CertificateInfo, now: Date): void {
  if (now < new Date(info.validFrom)) throw new UserError(M.notYetValid(info.subject, localDate(info.validFrom)));
  if (now > new Date(info.validTo)) throw new UserError(M.expired(info.subject, localDate(info.validTo)));
}
