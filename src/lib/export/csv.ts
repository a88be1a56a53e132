/**
 * CSV downloads in the browser use the app's one CSV writer (src/lib/shared/csv.ts, also used
 * by the server's audit export), so every CSV defuses formulas the same way.
 */
export { toCsv, type Cell } from '../shared/csv';
