// Bounds on .xlsx input. A workbook is a zip of XML parts, so a small file can unpack to gigabytes
// (a zip bomb) or describe a grid of billions of cells; past these bounds the reader refuses the
// file with a message naming the bound, instead of freezing the worker or running out of memory.
// Every size is checked on what is actually unpacked and parsed, never on what the file declares.

export const WORKBOOK_LIMITS = {
  /** Bytes of the .xlsx file itself: a 100,000-row sheet of six columns is about 3 MB. */
  fileBytes: 20 * 1024 * 1024,
  /** Entries in the zip archive (a workbook of 100 sheets with their relationships has about 250). */
  zipEntries: 5_000,
  /**
   * Bytes unpacked from the parts the reader opens (sheets, shared strings, styles, workbook,
   * relationships), all together. 100,000 rows of six columns are about 23 MB of sheet XML.
   */
  unpackedBytes: 80 * 1024 * 1024,
  /** Bytes unpacked from one part: a part is held whole while it is parsed, as bytes then as text. */
  partBytes: 50 * 1024 * 1024,
  /**
   * Unpacked bytes per packed byte of a part. Sheets pack about 6 to 1, repetitive ones a few
   * times more; a zip bomb packs about 1,000 to 1. Checked once a part passes `ratioGraceBytes`,
   * since a tiny part packs well and costs nothing.
   */
  compressionRatio: 200,
  ratioGraceBytes: 1024 * 1024,
  /** Sheets in the workbook, hidden ones included. */
  sheets: 100,
  /**
   * Rows of all sheets together, each sheet counted to its last row with a value, so one sheet of
   * 200,000 rows or two of 100,000 read. A value further down is refused, not skipped.
   */
  rows: 200_000,
  /** Columns of a sheet, counted to the last column with a value (Excel's own limit is 16,384). */
  columns: 2_000,
  /**
   * Cells the grids hold, all sheets together: each row counts up to its last value, empty cells
   * before it included (what the grid stores), so 100,000 rows of 20 columns read.
   */
  cells: 2_000_000,
  /** Characters of one text, a formula or a number as written (Excel's own limit for a cell's text). */
  textChars: 32_767,
  /** Merged ranges, all sheets together. */
  mergedRanges: 10_000,
  /** Nesting of XML elements; workbook parts nest about 8 deep, so deeper is not a workbook. */
  xmlDepth: 64,
} as const;

/** Bounds of the same shape, for a caller (a test, say) that reads under other ones. */
export type WorkbookLimits = { readonly [K in keyof typeof WORKBOOK_LIMITS]: number };
