import { describe, expect, it } from 'vitest';
import { osErrorMessage, stdoutErrorMessage } from '../../src/diagnostics/osErrors.js';

describe('osErrorMessage', () => {
  const err = (code: string, extra: object) => Object.assign(new Error(code), { code, errno: -1, ...extra });

  it('says what to do, naming the place the user knows rather than a hidden staging name', () => {
    const m = osErrorMessage(err('ENOSPC', { syscall: 'open', path: '/data/out/.jixiao-12-ab.new/报告.pdf' }));
    expect(m).toContain('磁盘已满，无法写入：/data/out\n');
    expect(m).toContain('原有文件保持不变');
    expect(osErrorMessage(err('EISDIR', { syscall: 'rename', path: '/data/out/.jixiao-12-ab.new/a.pdf', dest: '/data/out/a.pdf' }))).toContain('/data/out/a.pdf 是一个文件夹');
  });
  it('says where a folder cannot be made', () => {
    expect(osErrorMessage(err('ENOENT', { syscall: 'mkdir', path: '/proc/x' }))).toContain('无法在这里新建文件夹：/proc/x');
  });
  it('is undefined for errors that are not the operating system’s', () => {
    expect(osErrorMessage(new Error('boom'))).toBeUndefined();
    expect(osErrorMessage(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBeUndefined();
  });
  it('names a full disk behind standard output', () => {
    expect(stdoutErrorMessage(err('ENOSPC', { syscall: 'write' }))).toContain('无法写入标准输出：磁盘已满');
  });
});
