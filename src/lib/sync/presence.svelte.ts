/**
 * Presence on a doc: who else has it open and which field they are in, from the provider's
 * awareness. The server stamps every state with the authenticated user, so names shown here
 * are the server's, not what another client claimed.
 */
import type { Awareness } from 'y-protocols/awareness';

export interface Peer {
	clientId: number;
	userId: string;
	name: string;
	color: string;
	field: string | null;
	readOnly: boolean;
}

const COLORS = ['#b23a48', '#2f6690', '#3a7d44', '#8e5572', '#c16200', '#5c4d7d', '#1b7f79', '#9c6644'];

export function colorFor(id: string): string {
	let h = 0;
	for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
	return COLORS[h % COLORS.length]!;
}

export class Presence {
	others = $state.raw<Peer[]>([]);
	#awareness: Awareness;

	constructor(awareness: Awareness, me: { id: string; name: string }) {
		this.#awareness = awareness;
		const color = colorFor(me.id);
		awareness.setLocalStateField('user', { id: me.id, name: me.name, color });
		awareness.setLocalStateField('color', color);
		awareness.on('change', this.#read);
		this.#read();
	}

	/** Tell the others which field this user is editing (null when leaving it). */
	focus(field: string | null): void {
		this.#awareness.setLocalStateField('field', field);
	}

	peersIn(field: string): Peer[] {
		return this.others.filter((p) => p.field === field);
	}

	#read = () => {
		const mine = this.#awareness.clientID;
		const peers: Peer[] = [];
		for (const [clientId, state] of this.#awareness.getStates()) {
			if (clientId === mine) continue;
			const user = state.user as { id?: unknown; name?: unknown; color?: unknown } | undefined;
			if (!user || typeof user.name !== 'string') continue;
			const id = typeof user.id === 'string' ? user.id : String(clientId);
			peers.push({
				clientId,
				userId: id,
				name: user.name,
				color: typeof user.color === 'string' ? user.color : colorFor(id),
				field: typeof state.field === 'string' ? state.field : null,
				readOnly: state.readOnly === true
			});
		}
		this.others = peers;
	};

	destroy(): void {
		this.#awareness.off('change', this.#read);
		this.#awareness.setLocalState(null);
	}
}
