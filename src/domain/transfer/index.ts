// The spreadsheet export and import of a plan: pure mappings, parsers and validation (see each module).
export * from './columns';
export * from './problems';
export * from './export-rows';
export * from './csv';
export * from './file-check';
export * from './import-table';
export * from './build-plan';
export * from './import-file';
export * from './export-file';
export { readXlsx, writeXlsx } from './xlsx';
