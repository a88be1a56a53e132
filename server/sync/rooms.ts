/**
 * The loaded rooms. A room is loaded on first use and unloaded (compacted, then dropped from
 * memory) once nobody has had it open for `idleMs`, so memory follows the docs in use, not the
 * docs that exist.
 */
import type { DocStorage } from '../storage/storage';
import { Room, type CompactionPolicy, type RoomEvents } from './room';

export interface RoomsOptions {
	idleMs: number;
	compaction: CompactionPolicy;
	events?: RoomEvents;
	/** Called when a room is evicted because its state could not be trusted any more. */
	onEvict?(room: Room, reason: string): void;
}

export class Rooms {
	#rooms = new Map<string, Promise<Room>>();
	#storage: DocStorage;
	#options: RoomsOptions;
	#sweeper: NodeJS.Timeout;

	constructor(storage: DocStorage, options: RoomsOptions) {
		this.#storage = storage;
		this.#options = options;
		this.#sweeper = setInterval(() => void this.sweep(Date.now()), Math.max(50, options.idleMs / 2));
		this.#sweeper.unref();
	}

	get size(): number {
		return this.#rooms.size;
	}

	loadedNames(): string[] {
		return [...this.#rooms.keys()];
	}

	get(name: string): Promise<Room> {
		let room = this.#rooms.get(name);
		if (!room) {
			room = Room.load(name, this.#storage, this.#options.compaction, this.#options.events);
			this.#rooms.set(name, room);
			// A failed load must not stay cached as a rejected promise.
			room.catch(() => this.#rooms.delete(name));
		}
		return room;
	}

	/** The room if it is loaded; never loads. */
	async peek(name: string): Promise<Room | undefined> {
		return this.#rooms.get(name);
	}

	/** Unloads every room nobody has open and nobody touched for idleMs. */
	async sweep(now: number): Promise<void> {
		for (const [name, pending] of this.#rooms) {
			const room = await pending.catch(() => null);
			if (!room || room.peers.size > 0 || now - room.lastActivity < this.#options.idleMs) continue;
			await this.unload(name, room);
		}
	}

	async unload(name: string, room: Room): Promise<void> {
		await room.compact();
		// Someone may have joined while the snapshot was written.
		if (room.peers.size > 0 || this.#rooms.get(name) === undefined) return;
		this.#rooms.delete(name);
		room.destroy();
	}

	/** Drops a room whose in-memory state can no longer be trusted; peers reconnect and reload. */
	evict(room: Room, reason: string): void {
		if (this.#rooms.has(room.name)) this.#rooms.delete(room.name);
		this.#options.onEvict?.(room, reason);
		room.destroy();
	}

	async close(): Promise<void> {
		clearInterval(this.#sweeper);
		for (const [name, pending] of [...this.#rooms]) {
			const room = await pending.catch(() => null);
			if (room) {
				await room.compact();
				room.destroy();
			}
			this.#rooms.delete(name);
		}
	}
}
