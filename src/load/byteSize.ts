/** "4 MB", "512 KB": a byte budget as the clerk reads it. */
export function byteSize(n: number): string {
  return n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
