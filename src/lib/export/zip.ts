/**
 * A minimal ZIP writer (stored entries, no compression) for building .xlsx files in the browser
 * and on the server alike, with no dependency. Stored is valid ZIP (method 0) that every reader
 * accepts; files are a few hundred kB at most, so compression is not worth a library here.
 * Replace by a maintained library (e.g. exceljs for the whole workbook) once one is approved.
 */

export interface ZipEntry {
	name: string;
	data: Uint8Array;
}

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** CRC-32 (IEEE 802.3), as ZIP requires. */
export function crc32(data: Uint8Array): number {
	let crc = 0xffffffff;
	for (let i = 0; i < data.length; i++) crc = (CRC_TABLE[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** DOS date and time of 1.1.2000 00:00: fixed, so the same content gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const UTF8_FLAG = 0x0800;

export function zip(entries: readonly ZipEntry[]): Uint8Array {
	const encoder = new TextEncoder();
	const locals: Uint8Array[] = [];
	const centrals: Uint8Array[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = encoder.encode(entry.name);
		const crc = crc32(entry.data);
		const local = new Uint8Array(30 + name.length);
		const l = new DataView(local.buffer);
		l.setUint32(0, 0x04034b50, true);
		l.setUint16(4, 20, true); // version needed: 2.0
		l.setUint16(6, UTF8_FLAG, true);
		l.setUint16(8, 0, true); // method: stored
		l.setUint16(10, DOS_TIME, true);
		l.setUint16(12, DOS_DATE, true);
		l.setUint32(14, crc, true);
		l.setUint32(18, entry.data.length, true);
		l.setUint32(22, entry.data.length, true);
		l.setUint16(26, name.length, true);
		l.setUint16(28, 0, true);
		local.set(name, 30);

		const central = new Uint8Array(46 + name.length);
		const c = new DataView(central.buffer);
		c.setUint32(0, 0x02014b50, true);
		c.setUint16(4, 20, true); // made by
		c.setUint16(6, 20, true); // needed
		c.setUint16(8, UTF8_FLAG, true);
		c.setUint16(10, 0, true);
		c.setUint16(12, DOS_TIME, true);
		c.setUint16(14, DOS_DATE, true);
		c.setUint32(16, crc, true);
		c.setUint32(20, entry.data.length, true);
		c.setUint32(24, entry.data.length, true);
		c.setUint16(28, name.length, true);
		// extra, comment, disk, internal and external attributes stay 0
		c.setUint32(42, offset, true);
		central.set(name, 46);

		locals.push(local, entry.data);
		centrals.push(central);
		offset += local.length + entry.data.length;
	}
	const centralSize = centrals.reduce((sum, c) => sum + c.length, 0);
	const end = new Uint8Array(22);
	const e = new DataView(end.buffer);
	e.setUint32(0, 0x06054b50, true);
	e.setUint16(8, entries.length, true);
	e.setUint16(10, entries.length, true);
	e.setUint32(12, centralSize, true);
	e.setUint32(16, offset, true);
	return concat([...locals, ...centrals, end]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}
