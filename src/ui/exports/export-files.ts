// The builders behind the export menu (ExportMenu.svelte), loaded on the first export rather than
// with the leadership preview: the CSV writer (papaparse) and the workbook and template sheets.
export { answersCsv } from './answers-csv.ts';
export { CSV_MIME } from './csv.ts';
export { projectionsCsv } from './projections-csv.ts';
export { templateSheets } from './template-sheets.ts';
export { workbookBlob, XLSX_MIME } from './workbook-file.ts';
export { workbookSheets } from './workbook-sheets.ts';
