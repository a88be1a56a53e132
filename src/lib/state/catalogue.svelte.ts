/**
 * The canton's offer catalogue (offers/<canton>) as screens see it: a reactive list, and writes
 * for those the access rules let edit it. The client only hides the edit controls; the sync
 * server drops writes from everybody else, whatever this class is asked to do.
 */
import type * as Y from 'yjs';
import * as offers from '$lib/model/offers';
import { decide } from '$lib/shared/access';
import * as docname from '$lib/shared/docname';
import type { DocHandle } from '$lib/sync/dochandle.svelte';
import { hub } from '$lib/sync/hub.svelte';
import { LOCAL } from '$lib/sync/origin';
import { subjectOf, type Me } from '$lib/sync/session';

export class Catalogue {
	readonly handle: DocHandle;
	readonly canton: string;
	/** What the access rules say about this user; the server's read-only notice overrides it. */
	readonly #mayWrite: boolean;
	#version = $state(0);
	loaded = $state(false);

	constructor(me: Me) {
		this.canton = me.agency.canton;
		this.handle = hub.open(docname.offersDoc(this.canton));
		this.#mayWrite = decide(subjectOf(me), { kind: 'offers', canton: this.canton }, 'write', {}).allow;
		this.handle.doc.on('update', this.#bump);
		void this.handle.whenLocal.then(() => (this.loaded = this.loaded || offers.list(this.doc).length > 0));
		this.handle.provider.on('sync', this.#onSync);
	}

	get doc(): Y.Doc {
		return this.handle.doc;
	}

	get canEdit(): boolean {
		return this.#mayWrite && !this.handle.readOnly;
	}

	get all(): offers.Offer[] {
		void this.#version;
		return offers.list(this.doc);
	}

	get(id: string): offers.Offer | undefined {
		return this.all.find((o) => o.id === id);
	}

	put(offer: offers.Offer): void {
		if (this.canEdit) offers.put(this.doc, offer, LOCAL);
	}

	remove(id: string): void {
		if (this.canEdit) offers.remove(this.doc, id, LOCAL);
	}

	/** A new offer's id: a slug of its name, made unique within the catalogue. */
	newId(name: string): string {
		const base =
			name
				.toLowerCase()
				.normalize('NFD')
				.replace(/[\u0300-\u036f]/g, '')
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-+|-+$/g, '')
				.slice(0, 40) || 'angebot';
		const taken = new Set(this.all.map((o) => o.id));
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		return id;
	}

	#bump = () => {
		this.#version++;
		if (!this.loaded && offers.list(this.doc).length > 0) this.loaded = true;
	};

	#onSync = (synced: boolean) => {
		if (synced) this.loaded = true;
	};

	destroy(): void {
		this.doc.off('update', this.#bump);
		this.handle.provider.off('sync', this.#onSync);
		hub.release(this.handle);
	}
}
