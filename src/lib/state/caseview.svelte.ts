/**
 * A case doc as the case page sees it: reactive reads of the model, writes tagged LOCAL, a
 * per-user undo manager and presence. Reads re-run when the doc changes (from this user, from
 * IndexedDB or from the server), so every view stays live.
 */
import * as Y from 'yjs';
import { ySyncPluginKey } from 'y-prosemirror';
import * as caseinfo from '$lib/model/caseinfo';
import * as conference from '$lib/model/conference';
import * as documents from '$lib/model/documents';
import * as situation from '$lib/model/situation';
import * as journal from '$lib/model/journal';
import * as person from '$lib/model/person';
import * as residence from '$lib/model/residence';
import { caseRoots } from '$lib/model/schema';
import * as tasks from '$lib/model/tasks';
import * as docname from '$lib/shared/docname';
import type { DocHandle } from '$lib/sync/dochandle.svelte';
import { hub } from '$lib/sync/hub.svelte';
import { LOCAL } from '$lib/sync/origin';
import { Presence } from '$lib/sync/presence.svelte';

export class CaseView {
	readonly caseId: string;
	readonly handle: DocHandle;
	readonly presence: Presence;
	readonly undo: Y.UndoManager;
	/** Bumped on every doc change; reads below depend on it. */
	#version = $state(0);
	loaded = $state(false);
	canUndo = $state(false);
	canRedo = $state(false);

	constructor(caseId: string, me: { id: string; name: string }) {
		this.caseId = caseId;
		this.handle = hub.open(docname.caseDoc(caseId));
		const doc = this.handle.doc;
		this.presence = new Presence(this.handle.provider.awareness, me);
		// Only this user's edits (form fields and the rich-text editors) are undoable here.
		this.undo = new Y.UndoManager(
			[
				caseRoots.person(doc),
				caseRoots.residence(doc),
				caseRoots.caseInfo(doc),
				caseRoots.journal(doc),
				caseRoots.situations(doc)
			],
			{
				trackedOrigins: new Set([LOCAL, ySyncPluginKey]),
				captureTimeout: 600
			}
		);
		doc.on('update', this.#bump);
		this.undo.on('stack-item-added', this.#undoState);
		this.undo.on('stack-item-popped', this.#undoState);
		this.undo.on('stack-cleared', this.#undoState);
		void this.handle.whenLocal.then(() => (this.loaded = true));
		this.handle.provider.on('sync', this.#onSync);
	}

	get doc(): Y.Doc {
		return this.handle.doc;
	}

	/** There is something to show: from this device's copy or from the server. */
	get hasContent(): boolean {
		void this.#version;
		return caseRoots.person(this.doc).size > 0 || caseRoots.caseInfo(this.doc).size > 0;
	}

	get person(): person.Person {
		void this.#version;
		return person.read(this.doc);
	}

	get residence(): residence.StatusPeriod[] {
		void this.#version;
		return residence.list(this.doc);
	}

	get caseInfo(): caseinfo.CaseInfo {
		void this.#version;
		return caseinfo.read(this.doc);
	}

	get journal(): journal.JournalEntry[] {
		void this.#version;
		return journal.list(this.doc);
	}

	/** Dated employment/education history (read by the report; the situation tab edits it through AssessmentState). */
	get situations(): situation.Situation[] {
		void this.#version;
		return situation.list(this.doc);
	}

	/** Written by the server only (after the blob is stored); read-only here. */
	get documents(): documents.DocumentMeta[] {
		void this.#version;
		return documents.list(this.doc);
	}

	setPerson(field: person.PersonField, value: string): void {
		person.set(this.doc, field, value, LOCAL);
	}

	/** Household and move-out date (facts the indicators count with). */
	get extra(): Record<person.ExtraField, string> {
		void this.#version;
		return person.readExtra(this.doc);
	}

	setExtra(field: person.ExtraField, value: string): void {
		person.setExtra(this.doc, field, value, LOCAL);
	}

	setCaseInfo<K extends keyof caseinfo.CaseInfo>(field: K, value: caseinfo.CaseInfo[K]): void {
		caseinfo.set(this.doc, field, value, LOCAL);
	}

	changeStatus(status: residence.Status, from: string): void {
		residence.change(this.doc, status, from, LOCAL);
	}

	updateStatus(id: string, values: Partial<Omit<residence.StatusPeriod, 'id'>>): void {
		residence.update(this.doc, id, values, LOCAL);
	}

	removeStatus(id: string): void {
		residence.remove(this.doc, id, LOCAL);
	}

	addJournalEntry(date: string, author: { id: string; name: string }, type?: journal.EntryType): string {
		this.undo.stopCapturing();
		return journal.add(this.doc, { date, type, authorId: author.id, authorName: author.name, now: Date.now() }, LOCAL);
	}

	setJournalDate(id: string, date: string): void {
		journal.setDate(this.doc, id, date, LOCAL);
	}

	setJournalType(id: string, type: journal.EntryType): void {
		journal.setType(this.doc, id, type, LOCAL);
	}

	removeJournalEntry(id: string): void {
		journal.remove(this.doc, id, LOCAL);
	}

	/** Social assistance from `from` (a dated situation; it decides the Programm S track). */
	startSocialAssistance(from: string): string {
		this.undo.stopCapturing();
		return situation.add(this.doc, { kind: 'socialAssistance', from }, LOCAL);
	}

	endSocialAssistance(id: string, to: string): void {
		this.undo.stopCapturing();
		situation.update(this.doc, id, { to }, LOCAL);
	}

	/** Conference id → date, for the "aus Fallkonferenz vom …" links of tasks and measures. */
	get conferenceDates(): Map<string, string> {
		void this.#version;
		return new Map(conference.list(this.doc).map((c) => [c.id, c.date]));
	}

	get tasks(): tasks.Task[] {
		void this.#version;
		return tasks.list(this.doc);
	}

	addTask(values: Pick<tasks.Task, 'title'> & Partial<tasks.Task>): string {
		return tasks.add(this.doc, values, LOCAL);
	}

	updateTask(id: string, values: Partial<Omit<tasks.Task, 'id'>>): void {
		tasks.update(this.doc, id, values, LOCAL);
	}

	removeTask(id: string): void {
		tasks.remove(this.doc, id, LOCAL);
	}

	#bump = () => {
		this.#version++;
	};

	#onSync = (synced: boolean) => {
		if (synced) this.loaded = true;
	};

	#undoState = () => {
		this.canUndo = this.undo.undoStack.length > 0;
		this.canRedo = this.undo.redoStack.length > 0;
	};

	destroy(): void {
		this.doc.off('update', this.#bump);
		this.handle.provider.off('sync', this.#onSync);
		this.undo.destroy();
		this.presence.destroy();
		hub.release(this.handle);
	}
}
