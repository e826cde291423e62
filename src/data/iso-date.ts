/**
 * A date as the sources give it: a year, a month or a day (YYYY, YYYY-MM, YYYY-MM-DD). Shared by
 * the dataset's schema and the check of stored lists, which must not pull zod into the app.
 */
export const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
