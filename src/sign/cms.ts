import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID, type Signer } from './signer.js';
import { mapList } from '../mapList.js';

/**
 * A detached CMS SignedData over `content` for PAdES B-B (ETSI.CAdES.detached): signed attributes content-type,
 * message-digest and ESS signing-certificate-v2; the signer's certificate and chain embedded. The claimed signing
 * time goes in the signature dictionary's /M, not here: PAdES baseline signatures do not carry the signing-time
 * attribute. pkijs builds and encodes the structures; the signer computes the digest and the signature.
 */
export async function signedData(signer: Signer, content: Uint8Array): Promise<Uint8Array> {
  const certificates = mapList(signer.certificates, (der) => pkijs.Certificate.fromBER(copy(der)));
  const own = certificates[0];
  const attributes = [
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: copy(signer.digest(content)) })),
    attribute(OID.signingCertificateV2, signingCertificateV2(signer, own)),
  ];
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: own.issuer, serialNumber: own.serialNumber }),
    digestAlgorithm: algorithm(signer.algorithms.digest),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: derOrder(attributes) }),
    signatureAlgorithm: algorithm(signer.algorithms.signature),
  });
  // The signature covers the attributes encoded as a SET (tag 0x31), not as the [0] they are stored under.
  const toSign = new Uint8Array(signerInfo.signedAttrs!.toSchema().toBER());
  toSign[0] = 0x31;
  signerInfo.signature = new asn1js.OctetString({ valueHex: copy(await signer.sign(toSign)) });
  const data = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [algorithm(signer.algorithms.digest)],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates,
    signerInfos: [signerInfo],
  });
  const info = new pkijs.ContentInfo({ contentType: OID.signedData, content: data.toSchema(true) });
  return new Uint8Array(info.toSchema().toBER());
}

function algorithm(oid: string): pkijs.AlgorithmIdentifier {
  // RSA and SHA-2 identifiers carry an explicit NULL parameter (RFC 4055); others, such as SM2/SM3, none.
  const withNull = oid.startsWith('1.2.840.113549.1.1.') || oid.startsWith('2.16.840.1.101.3.4.2.');
  return new pkijs.AlgorithmIdentifier({ algorithmId: oid, ...(withNull ? { algorithmParams: new asn1js.Null() } : {}) });
}

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/** DER sorts a SET OF by the encodings of its members. */
function derOrder(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = mapList(attributes, (a) => ({ a, der: Buffer.from(a.toSchema().toBER()) }));
  return mapList(encoded.sort((x, y) => Buffer.compare(x.der, y.der)), (e) => e.a);
}

/**
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }, with one ESSCertIDv2 for the signer:
 * { hashAlgorithm (omitted when SHA-256, its DEFAULT), certHash, issuerSerial { GeneralNames, serialNumber } }.
 * It binds the signer's certificate into what is signed, so that it cannot be swapped (RFC 5035).
 */
function signingCertificateV2(signer: Signer, own: pkijs.Certificate): asn1js.Sequence {
  const hash = new asn1js.OctetString({ valueHex: copy(signer.digest(signer.certificates[0])) });
  const issuerSerial = new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [new pkijs.GeneralName({ type: 4, value: own.issuer }).toSchema()] }), own.serialNumber],
  });
  const id = [...(signer.algorithms.digest === OID.sha256 ? [] : [algorithm(signer.algorithms.digest).toSchema()]), hash, issuerSerial];
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: id })] })] });
}

/** asn1js wants bytes backed by a plain ArrayBuffer. */
function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}
