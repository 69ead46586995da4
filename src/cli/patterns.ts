/** Notation the help's layout reads (regular expressions only): the marks of Chinese typesetting. */

/** A mark a line may not start with, and one it may not end with (the rule of Chinese typesetting). */
export const CLOSING_MARK = /^[，。、；：！？）」』”’》〉】〕…,.;:!?)\]}]$/;
export const OPENING_MARK = /^[（「『“‘《〈【〔(\[{]$/;
