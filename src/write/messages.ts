/**
 * What the write stage says when it refuses to write, and the one name it gives itself. (The write stage and the
 * web page's manifest read no templates, so that word lives here rather than in labels.yaml.)
 */
export const WRITE_MESSAGES = {
  /** A file name made from input text of which nothing is left once the characters no file system takes are gone. */
  unnamedFile: '未命名',
  outsideFolder: (name: string) => `拒绝写到输出文件夹以外：${name}`,
  folderInTheWay: (target: string) => `输出位置已有同名的文件夹，无法写入：${target}\n原有文件保持不变；请把这个文件夹移走或改名后重新生成。`,
  /** A replacement that a stopped run (kill -9, power loss) left in a folder, set right by the next command. */
  recovered: (folder: string, outcome: 'forward' | 'back') =>
    `上一次写入 ${folder} 时在替换文件的中途被中断：${outcome === 'forward' ? '已按替换日志把替换做完，文件夹中现在是那一次写入的整套文件' : '已按替换日志撤回这次替换，文件夹中现在是原来的整套文件'}。`,
  /** A stop signal that came while files were written, once the write has finished or been left off. */
  stopped: (signal: string, outcome: 'replaced' | 'kept') =>
    `已按${{ SIGINT: ' Ctrl-C（SIGINT）', SIGTERM: '终止信号（SIGTERM）', SIGHUP: '终端关闭（SIGHUP）' }[signal] ?? ` ${signal} `}停止：${
      outcome === 'replaced' ? '这次生成的一整套文件已经换上（替换一开始就会做完，不会半途而止）' : '这次生成的文件还没有换上，输出文件夹中原有的文件保持不变'
    }。`,
} as const;
