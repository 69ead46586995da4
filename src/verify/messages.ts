/** Verdicts and sentences of `jixiao verify`, in the words a reader of the report set uses. */
export const VERDICTS = {
  valid: '有效',
  missing: '文件缺失',
  modified: '已被修改',
  badSignature: '签名无效',
  unsigned: '未签名',
  expired: '证书过期',
  notYetValid: '证书尚未生效',
  notPdfA: '不是 PDF/A',
  fontsNotEmbedded: '字体未嵌入',
  unreadable: '无法读取',
} as const;

export type Verdict = keyof typeof VERDICTS;

export const VERIFY_MESSAGES = {
  missing: '清单中列出，但文件夹中没有这个文件',
  hashMismatch: (expected: string, actual: string) => `SHA-256 与清单不符（清单 ${expected.slice(0, 16)}…，实际 ${actual.slice(0, 16)}…）`,
  notWhole: (n: number) => `第 ${n} 个签名没有覆盖整个文件（签名之后还有改动，或签名范围不对）`,
  digest: (n: number) => `第 ${n} 个签名：文件内容与签名时的摘要不符`,
  signature: (n: number, why: string) => `第 ${n} 个签名：CMS 签名验证失败（${why}）`,
  certBinding: (n: number) => `第 ${n} 个签名：签名属性中的证书摘要（signing-certificate-v2）与所附证书不符`,
  unsigned: '文件没有数字签名',
  expired: (until: string) => `签名证书已于 ${until} 过期`,
  notYetValid: (from: string) => `签名证书要到 ${from} 才生效`,
  noPdfA: '没有 PDF/A 标识（XMP 中的 pdfaid:part）或输出意图',
  fonts: '有字体没有嵌入',
  unreadable: (why: string) => `无法读取：${why}`,
  notPdf: (target: string) => `${target} 不是 PDF 文件，也不是文件夹`,
  summaryOk: (n: number) => `全部 ${n} 个文件有效。`,
  summaryBad: (bad: number, n: number) => `${n} 个文件中有 ${bad} 个有问题。`,
  signer: (subject: string) => `签名人：${subject}`,
  issuer: (issuer: string) => `颁发者：${issuer}`,
  validity: (from: string, to: string) => `有效期：${from} 至 ${to}`,
  fingerprint: (sha: string) => `证书指纹（SHA-256）：${sha}`,
  time: (t: string) => `签名时间：${t}`,
} as const;
