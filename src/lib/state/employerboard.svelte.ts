/**
 * The employer board of the user's region as the /employers screen sees it: reactive reads of
 * employers/<region>, writes tagged LOCAL, and presence (who is on the board, which card they
 * have open or are dragging). Works from the local copy offline; moves merge when back online.
 */
import * as employers from '$lib/model/employers';
import * as docname from '$lib/shared/docname';
import type { DocHandle } from '$lib/sync/dochandle.svelte';
import { hub } from '$lib/sync/hub.svelte';
import { LOCAL } from '$lib/sync/origin';
import { Presence } from '$lib/sync/presence.svelte';
import { DocVersion } from './docversion.svelte';

export class EmployerBoard {
	readonly region: string;
	readonly handle: DocHandle;
	readonly presence: Presence;
	readonly #version: DocVersion;
	loaded = $state(false);

	constructor(region: string, me: { id: string; name: string }) {
		this.region = region;
		this.handle = hub.open(docname.employersDoc(region));
		this.presence = new Presence(this.handle.provider.awareness, me);
		this.#version = new DocVersion(this.handle.doc);
		void this.handle.whenLocal.then(() => (this.loaded = true));
		this.handle.provider.on('sync', this.#onSync);
	}

	get all(): employers.Employer[] {
		void this.#version.value;
		return employers.list(this.handle.doc);
	}

	get districts(): string[] {
		return [...new Set(this.all.map((e) => e.region).filter(Boolean))].sort();
	}

	move(id: string, stage: employers.Stage, index: number): void {
		employers.move(this.handle.doc, id, stage, index, LOCAL);
	}

	add(values: employers.NewEmployer): string {
		return employers.add(this.handle.doc, values, LOCAL);
	}

	update(id: string, values: Partial<employers.EmployerFields>): void {
		employers.update(this.handle.doc, id, values, LOCAL);
	}

	remove(id: string): void {
		employers.remove(this.handle.doc, id, LOCAL);
	}

	addEntry<K extends 'contacts' | 'positions' | 'history' | 'candidates'>(
		id: string,
		key: K,
		value: Omit<employers.Employer[K][number], 'id'>
	): void {
		employers.addEntry(this.handle.doc, id, key, value, LOCAL);
	}

	updateEntry<K extends 'contacts' | 'positions' | 'history' | 'candidates'>(
		id: string,
		key: K,
		entryId: string,
		values: Partial<employers.Employer[K][number]>
	): void {
		employers.updateEntry(this.handle.doc, id, key, entryId, values, LOCAL);
	}

	removeEntry(id: string, key: 'contacts' | 'positions' | 'history' | 'candidates', entryId: string): void {
		employers.removeEntry(this.handle.doc, id, key, entryId, LOCAL);
	}

	#onSync = (synced: boolean) => {
		if (synced) this.loaded = true;
	};

	destroy(): void {
		this.handle.provider.off('sync', this.#onSync);
		this.#version.destroy();
		this.presence.destroy();
		hub.release(this.handle);
	}
}
