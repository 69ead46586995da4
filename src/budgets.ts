/**
 * What one build may read and make. Each bound is set so that the largest input it accepts still builds in seconds
 * (measured; see the README's table), and input past one is refused with a message before the expensive work starts.
 */
export const BUDGETS = {
  /** A .json/.yaml input file. */
  textInputBytes: 4 * 1024 * 1024,
  /** A .xlsx workbook as stored (zipped). */
  workbookBytes: 4 * 1024 * 1024,
  /** A workbook's parts unzipped, as its own directory declares them: a zip bomb is refused before inflating. */
  workbookUnzippedBytes: 40 * 1024 * 1024,
  /** Rows of one worksheet. */
  worksheetRows: 5_000,
  /** A signature or seal PNG file. */
  imageBytes: 2 * 1024 * 1024,
  /** Width or height of an image, in pixels. */
  imageSide: 4_000,
  /** An image decoded (width × height × bytes per pixel): what the renderer must hold in memory. */
  imageDecodedBytes: 64 * 1024 * 1024,
  /** Projects (项目支出绩效自评表), each one more PDF. */
  projects: 100,
  /** Indicator rows of all forms together. */
  indicators: 2_000,
  /** Pages the whole report set may take, estimated from its text before anything is laid out. */
  estimatedPages: 200,
} as const;
