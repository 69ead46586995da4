import { dirname, sep } from 'node:path';
import { stripControls } from './controls.js';

/**
 * What the operating system said, in the words a clerk can act on. Each is the machine's or the user's situation
 * (a full disk, a read-only folder, a folder in the way), never a defect of jixiao: exit 1 with what to do.
 */
const MESSAGES: Record<string, (path: string) => string> = {
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
};

export interface OsError {
  code: string;
  path?: string;
  dest?: string;
  syscall?: string;
}

export function isOsError(e: unknown): e is OsError {
  return typeof e === 'object' && e !== null && typeof (e as OsError).code === 'string' && (e as OsError).code in MESSAGES && typeof (e as { errno?: unknown }).errno === 'number';
}

/**
 * The path a person knows: the destination of a rename rather than its source, and the output folder rather than
 * the hidden staging names inside it.
 */
function shownPath(e: OsError, fallback: string): string {
  const raw = e.syscall === 'rename' && e.dest ? e.dest : (e.path ?? fallback);
  const parts = raw.split(sep);
  const hidden = parts.findIndex((p) => p.startsWith('.jixiao-'));
  return stripControls(hidden < 0 ? raw : dirname(parts.slice(0, hidden + 1).join(sep)));
}

/** The Chinese message for an operating-system error, or undefined when `e` is not one. */
export function osErrorMessage(e: unknown, fallbackPath = '（未知位置）'): string | undefined {
  if (!isOsError(e)) return undefined;
  const path = shownPath(e, fallbackPath);
  if (e.code === 'ENOENT' && e.syscall === 'mkdir') return `无法在这里新建文件夹：${path}\n上级位置不存在或不允许新建；请换一个普通的文件夹作输出位置。（ENOENT）`;
  return `${MESSAGES[e.code](path)}（${e.code}）`;
}

/** A failed write to standard output (`jixiao schema > /dev/full`): said once on stderr, no stack trace. */
export function stdoutErrorMessage(e: unknown): string {
  const code = isOsError(e) ? e.code : String((e as { code?: unknown })?.code ?? '');
  const why = code === 'ENOSPC' ? '磁盘已满' : code === 'EPIPE' ? '读取输出的程序已退出' : `写入失败（${code || '未知原因'}）`;
  return `无法写入标准输出：${why}（${code || '?'}）。\n请把输出重定向到有空间、可写的位置，或用 -o 写入文件。`;
}
