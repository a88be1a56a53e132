/**
 * Documents in the browser: upload with progress, and reading that works offline. A document's
 * bytes are kept in the local Dexie table `blobs` (keyed by content hash) once this device has
 * uploaded or opened it; later opens read from there first, so they work without a network.
 * The list itself comes from the case doc (model/documents.ts), which is offline anyway.
 */
import { db } from '$lib/db';
import type { DocumentMeta } from '$lib/model/documents';
import { byName, MAX_UPLOAD_BYTES } from '$lib/shared/filetypes';

export type UploadFailure = 'type' | 'size' | 'empty' | 'interrupted' | 'offline' | 'forbidden' | 'other';

export class UploadError extends Error {
	readonly failure: UploadFailure;
	constructor(failure: UploadFailure, detail: string = failure) {
		super(detail);
		this.failure = failure;
	}
}

export class NotCached extends Error {}

/** What can be told before sending a byte (the server checks again, by content). */
export function precheck(file: File): UploadFailure | null {
	if (!byName(file.name)) return 'type';
	if (file.size > MAX_UPLOAD_BYTES) return 'size';
	if (file.size === 0) return 'empty';
	return null;
}

export interface Upload {
	done: Promise<DocumentMeta>;
	abort(): void;
}

/**
 * Sends the file as the raw request body. XMLHttpRequest rather than fetch, because only it
 * reports upload progress.
 */
export function upload(caseId: string, file: File, onProgress: (fraction: number) => void): Upload {
	const xhr = new XMLHttpRequest();
	const done = new Promise<DocumentMeta>((resolve, reject) => {
		const failed = precheck(file);
		if (failed) return reject(new UploadError(failed));
		xhr.open('POST', `/api/cases/${encodeURIComponent(caseId)}/documents`);
		xhr.setRequestHeader('Content-Type', 'application/octet-stream');
		xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
		xhr.responseType = 'json';
		xhr.upload.onprogress = (event) => {
			if (event.lengthComputable) onProgress(event.loaded / event.total);
		};
		xhr.onload = () => {
			const body = xhr.response as { document?: DocumentMeta; code?: string; error?: string } | null;
			if (xhr.status === 201 && body?.document) {
				// The uploader has the bytes already: keep them, so the document opens offline here.
				void remember(caseId, body.document.id, file);
				return resolve(body.document);
			}
			reject(new UploadError(failureOf(xhr.status, body?.code), body?.error ?? String(xhr.status)));
		};
		xhr.onerror = () => reject(new UploadError(navigator.onLine ? 'interrupted' : 'offline'));
		xhr.onabort = () => reject(new UploadError('interrupted'));
		xhr.send(file);
	});
	return { done, abort: () => xhr.abort() };
}

function failureOf(status: number, code: string | undefined): UploadFailure {
	if (code === 'size' || status === 413) return 'size';
	if (code === 'type' || status === 415) return 'type';
	if (code === 'empty') return 'empty';
	if (code === 'interrupted') return 'interrupted';
	if (status === 403 || status === 404) return 'forbidden';
	return 'other';
}

/** The document's bytes: from this device if kept, else from the server (then kept). */
export async function load(caseId: string, meta: DocumentMeta): Promise<Blob> {
	const cached = await db.blobs.get(meta.id);
	if (cached) return cached.data;
	let response: Response;
	try {
		response = await fetch(`/api/documents/${meta.id}?case=${encodeURIComponent(caseId)}`);
	} catch {
		throw new NotCached(meta.id);
	}
	if (!response.ok) throw new Error(`document ${meta.id}: HTTP ${response.status}`);
	const data = await response.blob();
	await remember(caseId, meta.id, data);
	return data;
}

export async function cachedIds(caseId: string): Promise<Set<string>> {
	return new Set((await db.blobs.where('caseId').equals(caseId).primaryKeys()) as string[]);
}

async function remember(caseId: string, hash: string, data: Blob): Promise<void> {
	await db.blobs.put({ hash, caseId, data, cachedAt: Date.now() });
}

/** Opens PDFs and images in a new tab, anything else as a download. */
export function show(blob: Blob, meta: DocumentMeta, mode: 'open' | 'download'): void {
	const url = URL.createObjectURL(new Blob([blob], { type: meta.type }));
	if (mode === 'open' && (meta.type === 'application/pdf' || meta.type.startsWith('image/'))) {
		// Without noopener: a noopener tab may not resolve this page's blob: URL. The content is
		// a PDF or a raster image of an allowed type, which cannot script its opener.
		window.open(url, '_blank');
	} else {
		const link = document.createElement('a');
		link.href = url;
		link.download = meta.name;
		link.click();
	}
	// Long enough for the new tab or the download to take the data.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
