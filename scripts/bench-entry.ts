// What `npm run bench` times in Node: built by `vite build --ssr scripts/bench-entry.ts` into .bench/.
export { buildIndex, queryIndex } from '../src/domain/row-index';
export { exporterIndexSpec } from '../src/features/exporters/exporter-table';
export { knownFacets } from '../src/domain/exporter-file/facets';
export { parseExporterFile } from '../src/domain/exporter-file/import';
export { createEngine } from '../src/api/import-engine';
export { exportersToXlsx } from '../src/domain/exporter-file/export-xlsx';
