/** How a row label of a form marks a part of the row above it (其中：三公经费): dropped where the row is named in a sum. */
export const PART_OF = /^其中：/;
/** The colon that ends a row label leading on to its parts on paper ("三公经费："). */
export const LEADS_ON = /[：:]\s*$/;
/** A form title that begins with its year ("{{year}}年度…"): the year part, dropped where the title names the form in a message. */
export const YEAR_PREFIX = /^\{\{[^}]*\}\}年度/;
/** A catalog finding id (E_FUNDS_TOTAL, W_UNIT_NAME), as against a coded rule's name in a profile's `checks`. */
export const FINDING_ID = /^[EW]_[A-Z0-9_]+$/;
/** A message written for people (ours, in Chinese), as against a library's own English one. */
export const OUR_WORDING = /[\u4e00-\u9fff]/;
