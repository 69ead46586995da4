import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

/**
 * A certificate authority and signer certificates made at run time, packed as PKCS#12 the way a CA hands them out:
 * no private key is ever committed. Node makes the RSA keys (fast); node-forge makes certificates and the .p12.
 */
export interface Party {
  key: forge.pki.rsa.PrivateKey;
  cert: forge.pki.Certificate;
}

const DAY = 86_400_000;

function rsaKey(): forge.pki.rsa.PrivateKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()) as forge.pki.rsa.PrivateKey;
}

function name(commonName: string): forge.pki.CertificateField[] {
  // forge encodes a UTF8String value from the JavaScript string itself.
  return [
    { name: 'commonName', value: commonName, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class },
    { name: 'organizationName', value: 'jixiao test', valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class },
  ];
}

let serial = 1;

function certificate(subject: string, key: forge.pki.rsa.PrivateKey, issuer: Party | undefined, from: Date, to: Date): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = (serial++).toString(16).padStart(2, '0');
  cert.validity.notBefore = from;
  cert.validity.notAfter = to;
  cert.setSubject(name(subject));
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : name(subject));
  cert.setExtensions(issuer ? [{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true }] : [{ name: 'basicConstraints', cA: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true }]);
  cert.sign(issuer?.key ?? key, forge.md.sha256.create());
  return cert;
}

export function makeCa(subject = '测试根证书'): Party {
  const key = rsaKey();
  return { key, cert: certificate(subject, key, undefined, new Date(Date.now() - 10 * DAY), new Date(Date.now() + 3650 * DAY)) };
}

export function makeSigner(ca: Party, subject = '张三', validity: { from?: Date; to?: Date } = {}): Party {
  const key = rsaKey();
  return { key, cert: certificate(subject, key, ca, validity.from ?? new Date(Date.now() - DAY), validity.to ?? new Date(Date.now() + 365 * DAY)) };
}

/** A .p12 with the signer's key (unless `withoutKey`), its certificate and the CA's. */
export function p12(signer: Party, ca: Party | undefined, password: string, o: { withoutKey?: boolean } = {}): Buffer {
  const certs = [signer.cert, ...(ca ? [ca.cert] : [])];
  const asn1 = forge.pkcs12.toPkcs12Asn1(o.withoutKey ? null : signer.key, certs, password, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
