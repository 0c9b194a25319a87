/** The largest spreadsheet a user or KPI import accepts (question imports have their own, larger limit). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
