/**
 * The offer catalogue (Angebotskatalog) of a canton, in offers/<canton>: what measures exist,
 * who provides them, who may attend (access criteria), and how many places each period has.
 * Edited by the canton's integration office; everyone reads it; plans pick from it by id.
 */
import * as Y from 'yjs';
import type { Level } from './cefr';
import type { Plain } from './entries';
import { offerRoots } from './schema';

export const TYPES = [
	'language',
	'labourIntegration',
	'occupation',
	'education',
	'vocational',
	'rav',
	'counselling',
	'other'
] as const;
export type OfferType = (typeof TYPES)[number];

export interface Criteria {
	minAge: number | null;
	maxAge: number | null;
	/** Residence statuses admitted; empty = all. */
	statuses: string[];
	/** Local-language level required (at least) and served up to; '' = no limit. */
	minLevel: Level | '';
	maxLevel: Level | '';
	/** Employability results admitted (yes/partly/no); empty = all. */
	employability: string[];
	/** Placeability results admitted (yes/no/unclear); empty = all. */
	placeable: string[];
	/**
	 * The access criteria in words, as the responsible office wrote them (or the plan's wording
	 * while the canton has not written its own), and where they come from — shown with every
	 * suggestion of the offer. The structured fields above are what the rules check.
	 */
	wording: string;
	/** E.g. "Programm S 1.7 (ABMH)". */
	source: string;
}

export interface Capacity {
	/** A period label such as '2026' or '2026-H2'; places are per period. */
	period: string;
	from: string;
	to: string;
	places: number;
}

export interface Offer {
	id: string;
	name: string;
	type: OfferType;
	provider: string;
	description: string;
	criteria: Criteria;
	capacities: Capacity[];
	location: string;
	costPerPlace: number | null;
	funding: string;
	active: boolean;
}

export const NO_CRITERIA: Criteria = {
	minAge: null,
	maxAge: null,
	statuses: [],
	minLevel: '',
	maxLevel: '',
	employability: [],
	placeable: [],
	wording: '',
	source: ''
};

export function list(doc: Y.Doc): Offer[] {
	const out: Offer[] = [];
	offerRoots.offers(doc).forEach((map, id) => {
		const value = map.toJSON() as Partial<Offer>;
		out.push({
			id,
			name: value.name ?? '',
			type: value.type ?? 'other',
			provider: value.provider ?? '',
			description: value.description ?? '',
			criteria: { ...NO_CRITERIA, ...(value.criteria ?? {}) },
			capacities: value.capacities ?? [],
			location: value.location ?? '',
			costPerPlace: value.costPerPlace ?? null,
			funding: value.funding ?? '',
			active: value.active ?? true
		});
	});
	return out.sort((a, b) => a.name.localeCompare(b.name, 'de-CH'));
}

export function get(doc: Y.Doc, id: string): Offer | undefined {
	return list(doc).find((o) => o.id === id);
}

export function put(doc: Y.Doc, offer: Offer, origin?: unknown): void {
	doc.transact(() => {
		const offers = offerRoots.offers(doc);
		let map = offers.get(offer.id);
		if (!map) {
			map = new Y.Map<unknown>();
			offers.set(offer.id, map);
		}
		for (const [key, value] of Object.entries(offer)) {
			if (key === 'id') continue;
			if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value as Plain);
		}
	}, origin);
}

export function remove(doc: Y.Doc, id: string, origin?: unknown): void {
	doc.transact(() => offerRoots.offers(doc).delete(id), origin);
}

/** Places of the period covering `date`, or null if none is defined. */
export function placesAt(offer: Offer, date: string): number | null {
	const period = offer.capacities.find((c) => c.from <= date && date <= c.to);
	return period ? period.places : null;
}
