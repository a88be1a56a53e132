import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as awareness from './awareness';

describe('awareness stamping', () => {
	it('round-trips what y-protocols encodes', () => {
		const doc = new Y.Doc();
		const local = new awarenessProtocol.Awareness(doc);
		local.setLocalState({ user: { name: 'Jemand' }, field: 'person.lastName' });
		const update = awarenessProtocol.encodeAwarenessUpdate(local, [doc.clientID]);
		const entries = awareness.decode(update);
		expect(entries).toEqual([
			{
				clientId: doc.clientID,
				clock: expect.any(Number),
				state: { user: { name: 'Jemand' }, field: 'person.lastName' }
			}
		]);
		expect(awareness.encode(entries)).toEqual(update);
	});

	it('replaces a claimed identity with the authenticated one', () => {
		const [stamped] = awareness.stamp(
			[{ clientId: 1, clock: 1, state: { user: { id: 'admin', name: 'Admin' }, color: '#aa0000', field: 'x' } }],
			{ id: 'u-7', name: 'Eva Muster' },
			true
		);
		expect(stamped!.state).toEqual({
			user: { id: 'u-7', name: 'Eva Muster', color: '#aa0000' },
			color: '#aa0000',
			field: 'x'
		});
	});

	it('strips edit positions from read-only connections', () => {
		const [stamped] = awareness.stamp(
			[{ clientId: 1, clock: 1, state: { field: 'person.lastName', cursor: { anchor: 1 } } }],
			{ id: 'u-8', name: 'RAV Leser' },
			false
		);
		expect(stamped!.state).toEqual({ user: { id: 'u-8', name: 'RAV Leser' }, readOnly: true });
	});

	it('keeps removals (null states) as they are', () => {
		const entries = [{ clientId: 3, clock: 4, state: null }];
		expect(awareness.stamp(entries, { id: 'u', name: 'n' }, true)).toEqual(entries);
	});

	it.each([
		['truncated', new Uint8Array([1, 5])],
		[
			'not JSON',
			awareness.encode([{ clientId: 1, clock: 1, state: null }]).map((b, i, a) => (i === a.length - 1 ? 0x7b : b))
		],
		[
			'a JSON array',
			(() => {
				const bytes = awareness.encode([{ clientId: 1, clock: 1, state: null }]);
				return new Uint8Array([...bytes.slice(0, 3), 2, 0x5b, 0x5d]);
			})()
		]
	])('throws on a %s update', (_label, bytes) => {
		expect(() => awareness.decode(bytes)).toThrow();
	});
});
