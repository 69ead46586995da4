/** How findings are printed on the terminal: the level's mark, the expected and actual figures, the hint, the count. */
export const PRINT_MESSAGES = {
  mark: { error: '✗ 错误', warning: '⚠ 警告' },
  expectedActual: (expected: string, actual: string) => `  应为：${expected}；实际：${actual}`,
  /** Where nothing says what belongs there (the message does), a bare "应为：—" would only puzzle. */
  actualOnly: (actual: string) => `  实际：${actual}`,
  hint: (hint: string) => `  建议：${hint}`,
  count: (errors: number, warnings: number) => `共 ${errors} 个错误、${warnings} 个警告`,
} as const;

/** What the operating system refused, in the words a clerk can act on (diagnostics/osErrors.ts). */
export const OS_ERROR_MESSAGES = {
  /**
   * What the operating system said, in the words a clerk can act on. Each is the machine's or the user's situation
   * (a full disk, a read-only folder, a folder in the way), never a defect of jixiao: exit 1 with what to do.
   */
  byCode: {
    ENOENT: (p) => `找不到文件或文件夹：${p}\n请检查路径是否写对、文件是否已被移走。`,
    EACCES: (p) => `没有权限读写：${p}\n若这是要写的位置，请换一个您有写入权限的位置（build 的 -o 文件夹，或 convert、init、schema 的输出文件）；若是要读的文件，请检查它的权限；也可请管理员开放权限。`,
    EPERM: (p) => `操作系统不允许这样读写：${p}\n请换一个您有权限的输出位置，或检查文件是否被设为只读、被其他程序占用。`,
    EROFS: (p) => `${p} 所在的磁盘是只读的，无法写入。\n请换一个可写的输出位置。`,
    ENOSPC: (p) => `磁盘已满，无法写入：${p}\n原有文件保持不变；请清理磁盘空间，或换一个有空间的输出位置后重试。`,
    EDQUOT: (p) => `磁盘配额已用完，无法写入：${p}\n原有文件保持不变；请清理空间或换一个位置后重试。`,
    EFBIG: (p) => `文件超过了磁盘允许的大小：${p}\n请换一个输出位置后重试。`,
    EEXIST: (p) => `${p} 已存在，且不是这里需要的文件夹。\n请换一个输出位置，或把它移走后重试。`,
    ENOTDIR: (p) => `路径中有一段是文件而不是文件夹：${p}\n请检查路径，或换一个输出位置。`,
    EISDIR: (p) => `${p} 是一个文件夹，这里需要的是文件。\n请给出文件的路径，或把这个文件夹移走后重试。`,
    ENOTEMPTY: (p) => `${p} 是一个不空的文件夹，挡住了要写的文件。\n请把它移走或改名后重试。`,
    ENAMETOOLONG: (p) => `路径或文件名太长：${p}\n请换一个短一些的输出文件夹。`,
    ELOOP: (p) => `路径中的符号链接互相指向，无法打开：${p}\n请检查这些链接。`,
    EMFILE: () => '同时打开的文件太多，操作系统拒绝再打开。\n请关闭一些程序后重试，或减少一次批量处理的文件数。',
    ENFILE: () => '同时打开的文件太多，操作系统拒绝再打开。\n请关闭一些程序后重试，或减少一次批量处理的文件数。',
    EBUSY: (p) => `文件或文件夹正被其他程序占用：${p}\n请关闭占用它的程序（例如打开着这个 PDF 的阅读器）后重试。`,
    EIO: (p) => `读写磁盘时出错（输入输出错误）：${p}\n请检查磁盘或网络盘是否正常，然后重试。`,
    EPIPE: () => '输出的管道已被关闭，无法继续输出。',
    ENXIO: (p) => `无法打开：${p}（设备不存在或未就绪）。\n请给出普通文件的路径。`,
  } as Record<string, (path: string) => string>,
  unknownPlace: '（未知位置）',
  cannotMakeFolder: (path: string) => `无法在这里新建文件夹：${path}\n上级位置不存在或不允许新建；请换一个普通的文件夹作输出位置。（ENOENT）`,
  /** A failed write to standard output, and why. */
  stdout: (why: string, code: string) => `无法写入标准输出：${why}（${code || '?'}）。\n请把输出重定向到有空间、可写的位置，或用 -o 写入文件。`,
  diskFull: '磁盘已满',
  readerGone: '读取输出的程序已退出',
  writeFailed: (code: string) => `写入失败（${code || '未知原因'}）`,
} as const;
