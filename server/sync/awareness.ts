/**
 * Awareness frames come from clients and must not be trusted: a client could claim another
 * user's name or overwrite another client's presence, or send megabytes of "presence" that every
 * joiner then downloads. Every incoming awareness update is re-encoded here with the
 * server-known identity of the connection; entries for client ids owned by another connection
 * are dropped, and a state above MAX_AWARENESS_STATE_BYTES is refused.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CLOSE, MAX_AWARENESS_STATE_BYTES } from '../../src/lib/shared/protocol';

/** An awareness frame the server will not relay; `code` is the close code for the connection. */
export class AwarenessRefused extends Error {
	readonly code: number;
	constructor(code: number, reason: string) {
		super(reason);
		this.code = code;
	}
}

const utf8 = new TextDecoder();

export interface AwarenessEntry {
	clientId: number;
	clock: number;
	state: Record<string, unknown> | null;
}

export function decode(update: Uint8Array): AwarenessEntry[] {
	const decoder = decoding.createDecoder(update);
	const count = decoding.readVarUint(decoder);
	if (count > 10_000) throw new RangeError('too many awareness entries');
	const entries: AwarenessEntry[] = [];
	for (let i = 0; i < count; i++) {
		const clientId = decoding.readVarUint(decoder);
		const clock = decoding.readVarUint(decoder);
		// Measured before parsing: a 9 MB state is refused without building it as an object.
		const raw = decoding.readVarUint8Array(decoder);
		if (raw.byteLength > MAX_AWARENESS_STATE_BYTES)
			throw new AwarenessRefused(CLOSE.awarenessTooLarge, `awareness state above ${MAX_AWARENESS_STATE_BYTES} bytes`);
		const parsed: unknown = JSON.parse(utf8.decode(raw));
		if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) {
			throw new TypeError('awareness state must be an object or null');
		}
		entries.push({ clientId, clock, state: parsed as Record<string, unknown> | null });
	}
	return entries;
}

export function encode(entries: AwarenessEntry[]): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, entries.length);
	for (const entry of entries) {
		encoding.writeVarUint(encoder, entry.clientId);
		encoding.writeVarUint(encoder, entry.clock);
		encoding.writeVarString(encoder, JSON.stringify(entry.state));
	}
	return encoding.toUint8Array(encoder);
}

export interface Identity {
	id: string;
	name: string;
}

/**
 * Stamps the connection's identity onto each state. A read-only connection shows up as present,
 * but without edit positions: it cannot edit, so its cursor would only mislead.
 */
export function stamp(entries: AwarenessEntry[], who: Identity, canWrite: boolean): AwarenessEntry[] {
	return entries.map((entry) => {
		if (entry.state === null) return entry;
		const color =
			typeof entry.state.color === 'string' && /^#[0-9a-f]{6}$/i.test(entry.state.color)
				? entry.state.color
				: undefined;
		const state: Record<string, unknown> = canWrite ? { ...entry.state } : {};
		state.user = { id: who.id, name: who.name, ...(color ? { color } : {}) };
		if (!canWrite) state.readOnly = true;
		return { ...entry, state };
	});
}
