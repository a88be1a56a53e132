/**
 * Which files may be attached to a case, declared as data and shared by browser and server.
 * The browser uses the table to pre-check a file before sending it (and for the picker's
 * `accept`); the server is the judge: it trusts neither the client's MIME type nor the name
 * alone, but requires the file's first bytes to match the family its extension claims. The
 * Content-Type it serves comes from this table, never from what the uploader sent.
 */

/** 20 MiB: the largest document a caseworker may attach. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** How a family of formats begins (magic bytes). Office Open XML and ODF files are zip archives. */
export type Magic = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'zip' | 'ole2';

export interface FileType {
	ext: string;
	mime: string;
	magic: Magic;
	/** Shown in the document list. */
	label: string;
}

export const FILE_TYPES: readonly FileType[] = [
	{ ext: 'pdf', mime: 'application/pdf', magic: 'pdf', label: 'PDF' },
	{ ext: 'png', mime: 'image/png', magic: 'png', label: 'Bild (PNG)' },
	{ ext: 'jpg', mime: 'image/jpeg', magic: 'jpeg', label: 'Bild (JPEG)' },
	{ ext: 'jpeg', mime: 'image/jpeg', magic: 'jpeg', label: 'Bild (JPEG)' },
	{ ext: 'gif', mime: 'image/gif', magic: 'gif', label: 'Bild (GIF)' },
	{ ext: 'webp', mime: 'image/webp', magic: 'webp', label: 'Bild (WebP)' },
	{
		ext: 'docx',
		mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		magic: 'zip',
		label: 'Word'
	},
	{
		ext: 'xlsx',
		mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		magic: 'zip',
		label: 'Excel'
	},
	{
		ext: 'pptx',
		mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		magic: 'zip',
		label: 'PowerPoint'
	},
	{ ext: 'odt', mime: 'application/vnd.oasis.opendocument.text', magic: 'zip', label: 'OpenDocument Text' },
	{ ext: 'ods', mime: 'application/vnd.oasis.opendocument.spreadsheet', magic: 'zip', label: 'OpenDocument Tabelle' },
	{ ext: 'doc', mime: 'application/msword', magic: 'ole2', label: 'Word (alt)' },
	{ ext: 'xls', mime: 'application/vnd.ms-excel', magic: 'ole2', label: 'Excel (alt)' }
];

/** Bytes needed to recognize every family in MAGIC. */
export const SNIFF_BYTES = 12;

const MAGIC: Record<Magic, (head: Uint8Array) => boolean> = {
	pdf: (h) => startsWith(h, [0x25, 0x50, 0x44, 0x46, 0x2d]), // %PDF-
	png: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
	jpeg: (h) => startsWith(h, [0xff, 0xd8, 0xff]),
	gif: (h) => startsWith(h, [0x47, 0x49, 0x46, 0x38]) && (h[4] === 0x37 || h[4] === 0x39) && h[5] === 0x61, // GIF87a / GIF89a
	webp: (h) => startsWith(h, [0x52, 0x49, 0x46, 0x46]) && startsWith(h.subarray(8), [0x57, 0x45, 0x42, 0x50]), // RIFF....WEBP
	zip: (h) => startsWith(h, [0x50, 0x4b, 0x03, 0x04]),
	ole2: (h) => startsWith(h, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
};

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

export function extensionOf(name: string): string {
	const match = /\.([a-z0-9]{1,8})$/i.exec(name.trim());
	return match ? (match[1] as string).toLowerCase() : '';
}

/** The allowed type a file name claims, or null (browser pre-check). */
export function byName(name: string): FileType | null {
	const ext = extensionOf(name);
	return FILE_TYPES.find((type) => type.ext === ext) ?? null;
}

/** The allowed type of a file whose name and first bytes agree, or null (server check). */
export function recognize(name: string, head: Uint8Array): FileType | null {
	const type = byName(name);
	return type && MAGIC[type.magic](head) ? type : null;
}

export function labelOf(mime: string): string {
	return FILE_TYPES.find((type) => type.mime === mime)?.label ?? mime;
}

/** For the file picker's `accept` attribute. */
export const ACCEPT = FILE_TYPES.map((type) => `.${type.ext}`).join(',');

/**
 * A file name safe to store and to send back in Content-Disposition: no path, no control
 * characters, at most 200 characters (keeping the extension).
 */
export function cleanName(name: string): string {
	const base = name.split(/[\\/]/).pop() ?? '';
	// eslint-disable-next-line no-control-regex
	const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
	if (clean.length <= 200) return clean;
	const ext = extensionOf(clean);
	return clean.slice(0, 200 - ext.length - 1) + '.' + ext;
}
