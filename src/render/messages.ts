/** What the render stage says when it cannot go on: each is a defect of jixiao (exit 3), not of the input. */
export const RENDER_MESSAGES = {
  fontNotInMemory: '字体应从内存中的 TrueType 文件读取',
  noPages: (n: number) => `第 ${n} 个文件没有排出任何页面`,
  objectsPending: 'PDF 对象未全部完成',
  badNumber: (n: number) => `PDF 中不能写入数字 ${n}`,
  objectNotDone: (id: unknown, keys: string) => `PDF 对象 ${id} 未完成即被引用：${keys}`,
  badValue: (kind: string) => `无法写入 PDF 的值：${kind}`,
  notTrueType: (table: string) => `字体缺少 ${table} 表，不是 TrueType 轮廓字体`,
} as const;

/** What the render stage says when the machine cannot run it: the user can act on these (exit 1). */
export const RENDER_ENVIRONMENT_MESSAGES = {
  webAssemblyMissing: '这个 JavaScript 环境没有 WebAssembly',
  noWebAssembly: (reason: string) =>
    `无法启动 PDF 的压缩模块（WebAssembly）：${reason}。命令行请不要用 --jitless 等关闭 WebAssembly 的选项运行 Node；` +
    `网页版若由服务器另加了 Content-Security-Policy 头，其 script-src 须包含 'wasm-unsafe-eval'。`,
} as const;
