/** What `jixiao serve` says (its message catalog). */
export const SERVE_MESSAGES = {
  description: '在本机打开网页版（填写、检查、预览、下载 PDF）：在 127.0.0.1 上提供 dist/web 网页文件夹，数据不离开这台电脑',
  portFlag: '--port <端口>',
  portOption: '端口（0 表示任选一个空闲端口）',
  noOpenOption: '只显示网址，不自动打开浏览器（没有图形界面时本来也不会打开）',
  badPort: (given: string) => `用法错误：--port 应为 0 到 65535 之间的整数，而不是“${given}”`,
  notBuilt: (root: string) => `没有找到网页文件夹 ${root}：请先运行 npm run build:web 生成网页`,
  portInUse: (port: number) => `端口 ${port} 已被占用：请用 --port 换一个端口（例如 --port 0 任选空闲端口）`,
  cannotListen: (port: number, detail: string) => `无法在端口 ${port} 上提供网页：${detail}`,
  serving: (url: string) => `网页版已启动：请在浏览器中打开 ${url}\n（数据只在这台电脑上处理；按 Ctrl+C 停止）\n`,
} as const;
