/** How a date is typed into a workbook cell: 2023/3/22, 2023.3.22, 2023年3月22日, 20230322. Notation (regular expressions only). */
export const TYPED_DATE = /^\s*(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*[-/.月]?\s*(\d{1,2})\s*日?\s*$/;
/** A separator between the year and the month: tells 2023-3-22 from an eight-digit 20230322. */
export const DATE_SEPARATOR = /[-/.年]/;
