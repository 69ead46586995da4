export const FONT_FAMILY = 'NotoSansSC';
