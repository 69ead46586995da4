/**
 * What the write stage says when it refuses to write, and the one name it gives itself. (The write stage and the
 * web page's manifest read no templates, so that word lives here rather than in labels.yaml.)
 */
export const WRITE_MESSAGES = {
  /** A file name made from input text of which nothing is left once the characters no file system takes are gone. */
  unnamedFile: '未命名',
  outsideFolder: (name: string) => `拒绝写到输出文件夹以外：${name}`,
  folderInTheWay: (target: string) => `输出位置已有同名的文件夹，无法写入：${target}\n原有文件保持不变；请把这个文件夹移走或改名后重新生成。`,
} as const;
