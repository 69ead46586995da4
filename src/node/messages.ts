/** What the Node adapter says when the installation itself is incomplete. */
export const NODE_MESSAGES = {
  noPackageRoot: '找不到 jixiao 的安装目录（templates/ 文件夹缺失）',
  missingFont: (file: string) => `缺少字体文件 ${file}：请运行 npm install（或 node scripts/prepare-fonts.mjs）生成字体`,
  brokenFont: (file: string) => `字体文件 ${file} 不完整或已损坏：请运行 npm install（或 node scripts/prepare-fonts.mjs）重新生成字体`,
} as const;
