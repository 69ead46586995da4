/** A moment as a clerk reads it, in China's time zone (certificate validity, signing time). */
export function localDate(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}
