/** Every user-facing sentence of signing and verifying: what went wrong, where, and how to fix it. */
export const SIGN_MESSAGES = {
  notP12: (file: string) => `${file} 不是 PKCS#12 证书文件（.p12/.pfx）。请使用从 CA 或单位证书管理员处取得的 .p12 或 .pfx 文件。`,
  unreadable: (file: string, why: string) => `无法读取证书文件 ${file}：${why}`,
  wrongPassword: (file: string) => `证书文件 ${file} 的密码不正确。请检查 --password-file 指定的文件内容（只写密码本身），或重新输入密码。`,
  noKey: (file: string) => `证书文件 ${file} 中没有私钥，只有证书，无法签名。请导出“包含私钥”的 .p12/.pfx 文件。`,
  noCertificate: (file: string) => `证书文件 ${file} 中没有与私钥配对的证书，无法签名。`,
  unsupportedKey: (file: string) => `证书文件 ${file} 中的私钥类型暂不支持（目前支持 RSA）。`,
  expired: (subject: string, until: string) => `签名证书（${subject}）已于 ${until} 过期，不能再用于签名。请向 CA 申请更新证书。`,
  notYetValid: (subject: string, from: string) => `签名证书（${subject}）要到 ${from} 才生效，现在还不能用于签名。请检查本机时钟或证书。`,
  passwordFile: (file: string, why: string) => `无法读取密码文件 ${file}：${why}`,
  passwordBoth: '--password 与 --password-file 只能给一个。',
  prompt: (file: string) => `请输入证书 ${file} 的密码（输入时不显示）：`,
  alreadySigned: (file: string) =>
    `${file} 已经签过名，jixiao 不再追加第二个签名（追加会让阅读器把先前的签名显示为“文档已被更改”）。请对未签名的原文件签名：用 jixiao build 重新生成后再签。`,
  notJixiaoPdf: (file: string, why: string) => `${file} 无法签名：${why}。jixiao 只签它自己生成的 PDF。`,
  noManifest: (dir: string) => `文件夹 ${dir} 中没有 manifest.json，不是 jixiao 生成的输出文件夹。请给出 jixiao build 的输出文件夹，或直接给出 PDF 文件。`,
  badManifest: (dir: string, why: string) => `文件夹 ${dir} 中的 manifest.json 无法读取：${why}`,
  missingFile: (file: string) => `清单中列出的文件 ${file} 不存在，未签任何文件。请重新生成整套文件后再签名。`,
  changedFile: (file: string) => `文件 ${file} 与清单记录的 SHA-256 不符（生成后被改动过），未签任何文件。请重新生成整套文件后再签名。`,
  notPdf: (file: string) => `${file} 不是 PDF 文件，也不是文件夹。`,
  noPlaces: (file: string) =>
    `${file} 没有记录签名位置（manifest.json 中的 signaturePlaces），无法显示签名外观。请对 jixiao build 的输出文件夹签名，或去掉 --visible。`,
  noFilesList: '没有 files 列表',
  cancelled: '已取消。',
  batchSign: '--sign 只能用于单个数据文件；批量生成后，请对每个单位的文件夹运行 jixiao sign',
  signed: (count: number, subject: string) => `已签名 ${count} 个文件，签名人：${subject}`,
} as const;

/** Why a PDF cannot take a signature: the reason part of SIGN_MESSAGES.notJixiaoPdf. */
export const PDF_PROBLEMS = {
  noEof: '文件末尾没有 startxref/%%EOF',
  xrefStream: '交叉引用不是 jixiao 写的表格形式',
  noTrailer: '没有 trailer',
  noRoot: 'trailer 中没有 /Root',
  encrypted: '文件已加密',
  noObject: (n: number) => `找不到对象 ${n}`,
  notDict: (n: number) => `对象 ${n} 不是字典`,
  noPages: '目录中没有 /Pages',
  deepTree: '页面树过深',
  placeOutside: (page: number, pages: number) => `签名位置在第 ${page} 页，文件只有 ${pages} 页`,
  hasForm: '文件已有表单域',
  indirectAnnots: '页面的 /Annots 是间接对象',
} as const;
