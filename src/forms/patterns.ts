/** How a row label of a form marks a part of the row above it (其中：三公经费): dropped where the row is named in a sum. */
export const PART_OF = /^其中：/;
