/** Hands a generated file to the browser as a download (no server round trip: works offline). */
import { toCsv, type Cell } from './csv';
import { MIME, workbook, type Sheet } from './xlsx';

export function saveBytes(bytes: Uint8Array | string, filename: string, type: string): void {
	const blob = new Blob([bytes as BlobPart], { type });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	// Revoke later: some browsers start reading the blob only after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function saveCsv(rows: readonly (readonly Cell[])[], filename: string): void {
	saveBytes(toCsv(rows), `${filename}.csv`, 'text/csv;charset=utf-8');
}

export async function saveXlsx(sheets: readonly Sheet[], filename: string): Promise<void> {
	saveBytes(await workbook(sheets), `${filename}.xlsx`, MIME);
}
