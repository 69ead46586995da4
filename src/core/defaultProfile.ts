/** The profile an input without `profile:` is read as. */
export const DEFAULT_PROFILE = 'hunan-2022';
