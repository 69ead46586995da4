/** How findings are printed on the terminal: the level's mark, the expected and actual figures, the hint, the count. */
export const PRINT_MESSAGES = {
  mark: { error: '✗ 错误', warning: '⚠ 警告' },
  expectedActual: (expected: string, actual: string) => `  应为：${expected}；实际：${actual}`,
  /** Where nothing says what belongs there (the message does), a bare "应为：—" would only puzzle. */
  actualOnly: (actual: string) => `  实际：${actual}`,
  hint: (hint: string) => `  建议：${hint}`,
  count: (errors: number, warnings: number) => `共 ${errors} 个错误、${warnings} 个警告`,
} as const;
