/** What the core says about the profile an input names. */
export const CORE_MESSAGES = {
  none: '（无）',
  profileField: '表格类型（profile）',
} as const;
