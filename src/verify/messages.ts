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
  interrupted: (folder: string, tag: string, direction: 'forward' | 'back' | undefined) =>
    `文件夹 ${folder} 的上一次写入（jixiao build 或 sign）在替换文件的中途被中断（例如进程被强行结束、断电），文件夹中现在不是完整的一套文件：` +
    `有的文件还在隐藏文件夹 ${tag}.new 和 ${tag}.old 中。` +
    (direction === undefined
      ? `替换日志 ${tag}.journal 无法读取，jixiao 不会自动处理这次替换。`
      : `替换日志 ${tag}.journal 记下了该怎么做：${direction === 'forward' ? '把那一次写入的整套文件换上' : '换回原来的整套文件'}。`),
  whatToDo: (folder: string, readable: boolean) =>
    readable
      ? `请运行 jixiao verify ${folder} --repair（按替换日志把替换做完或撤回，不需要数据文件，然后验证），` +
        `或重新运行 jixiao build 生成到这个文件夹（生成前会先这样做，即使因检查发现错误而停下）。`
      : `请重新运行 jixiao build 生成到这个文件夹，再人工核对并删除上面两个隐藏文件夹和替换日志。`,
  stillRunning: (folder: string, pid: number) => `文件夹 ${folder} 中有一次替换尚未结束，写入它的进程 ${pid} 仍在运行：请等 jixiao 写完后再验证。`,
  notChecked: (changed: boolean) => (changed ? '没有逐个验证文件夹中的文件。' : '验证没有改动这个文件夹，也没有逐个验证其中的文件。'),
  summaryOk: (n: number) => `全部 ${n} 个文件有效。`,
  summaryBad: (bad: number, n: number) => `${n} 个文件中有 ${bad} 个有问题。`,
  signer: (subject: string) => `签名人：${subject}`,
  issuer: (issuer: string) => `颁发者：${issuer}`,
  validity: (from: string, to: string) => `有效期：${from} 至 ${to}`,
  fingerprint: (sha: string) => `证书指纹（SHA-256）：${sha}`,
  time: (t: string) => `签名时间：${t}`,
} as const;
