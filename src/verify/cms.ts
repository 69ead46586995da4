import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from '../sign/signer.js';

export interface CmsCheck {
  /** The message-digest attribute equals the digest of the covered bytes. */
  digestOk: boolean;
  /** The signature over the signed attributes verifies with the signer's certificate (pkijs). */
  signatureOk: boolean;
  /** The ESS signing-certificate-v2 attribute names the certificate that signed, if present. */
  certificateBound: boolean;
  /** The signer's certificate, DER. */
  certificate?: Uint8Array;
  error?: string;
}

/** Checks a detached CMS SignedData against the bytes it claims to sign. */
export async function checkCms(der: Uint8Array, covered: Uint8Array): Promise<CmsCheck> {
  let signed: pkijs.SignedData;
  try {
    // fromBER reads one element and leaves what follows it (the placeholder's padding) alone.
    const parsed = asn1js.fromBER(new Uint8Array(der));
    if (parsed.offset === -1) throw new Error(parsed.result.error);
    const info = new pkijs.ContentInfo({ schema: parsed.result });
    signed = new pkijs.SignedData({ schema: info.content });
  } catch (e) {
    return { digestOk: false, signatureOk: false, certificateBound: false, error: (e as Error).message };
  }
  const signerInfo = signed.signerInfos[0];
  const certificate = signerCertificate(signed, signerInfo);
  const attrs = signerInfo?.signedAttrs?.attributes ?? [];
  const hashName = digestName(signerInfo?.digestAlgorithm.algorithmId);
  const claimed = attrs.find((a) => a.type === OID.messageDigest)?.values[0] as asn1js.OctetString | undefined;
  const digestOk = !!hashName && !!claimed && Buffer.from(claimed.valueBlock.valueHexView).equals(createHash(hashName).update(covered).digest());
  const bound = attrs.find((a) => a.type === OID.signingCertificateV2);
  const certificateBound = !!certificate && !!hashName && (!bound || essHash(bound)?.equals(createHash(hashName).update(certificate).digest()) === true);
  let signatureOk = false;
  let error: string | undefined;
  try {
    const result = await signed.verify({ signer: 0, data: new Uint8Array(covered).buffer, extendedMode: true, checkChain: false });
    signatureOk = result.signatureVerified === true;
  } catch (e) {
    error = (e as { message?: string }).message ?? String(e);
  }
  return { digestOk, signatureOk, certificateBound, certificate, error };
}

function signerCertificate(signed: pkijs.SignedData, info: pkijs.SignerInfo | undefined): Uint8Array | undefined {
  const sid = info?.sid;
  const certs = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const own = sid instanceof pkijs.IssuerAndSerialNumber ? certs.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)) : undefined;
  return own ? new Uint8Array(own.toSchema().toBER()) : undefined;
}

/** certHash of the first ESSCertIDv2: the first OCTET STRING inside it (the hash algorithm may precede it). */
function essHash(attr: pkijs.Attribute): Buffer | undefined {
  const certs = (attr.values[0] as asn1js.Sequence)?.valueBlock.value[0] as asn1js.Sequence | undefined;
  const id = certs?.valueBlock.value[0] as asn1js.Sequence | undefined;
  const hash = id?.valueBlock.value.find((v) => v instanceof asn1js.OctetString) as asn1js.OctetString | undefined;
  return hash ? Buffer.from(hash.valueBlock.valueHexView) : undefined;
}

function digestName(oid: string | undefined): string | undefined {
  return ({ [OID.sha256]: 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512' } as Record<string, string>)[oid ?? ''];
}
