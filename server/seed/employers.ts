/**
 * A demo employer networking board per region of canton Solothurn: about fifteen fictitious
 * companies in the region's real districts and towns, with named contact persons (Programm S,
 * measure 7.2), open positions and a dated contact history by the region's integration officer.
 * Company and person names are invented; any likeness to a real firm is chance.
 */
import * as Y from 'yjs';
import * as employers from '../../src/lib/model/employers';
import type { IsoDate } from '../../src/lib/model/schema';
import { employersDoc } from '../../src/lib/shared/docname';
import type { DocStorage } from '../storage/storage';
import { AGENCIES, USERS } from './canton';
import * as days from '../../src/lib/rules/calendar';
import * as random from './random';

/** The districts (Bezirke) of each region and some of their towns. */
export const DISTRICTS: Record<string, Record<string, readonly string[]>> = {
	'bucheggberg-wasseramt': {
		Wasseramt: ['Biberist', 'Zuchwil', 'Gerlafingen', 'Derendingen', 'Luterbach', 'Subingen'],
		Bucheggberg: ['Messen', 'Buchegg', 'Lüterswil']
	},
	'olten-goesgen': {
		Olten: ['Olten', 'Trimbach', 'Hägendorf', 'Wangen bei Olten'],
		Gösgen: ['Schönenwerd', 'Niedergösgen', 'Däniken']
	},
	'solothurn-lebern': { Solothurn: ['Solothurn'], Lebern: ['Grenchen', 'Bettlach', 'Selzach'] },
	'thal-gaeu': {
		Thal: ['Balsthal', 'Mümliswil', 'Laupersdorf'],
		Gäu: ['Oensingen', 'Egerkingen', 'Härkingen', 'Neuendorf']
	}
};

const FAMILY = [
	'Marti',
	'Jäggi',
	'Schluep',
	'Stampfli',
	'Ackermann',
	'Kummer',
	'Frey',
	'Nussbaumer',
	'Vögeli',
	'Hänggi',
	'Bläsi',
	'Lüthi',
	'Borer',
	'Kissling',
	'Zimmerli',
	'Sommer',
	'Weyeneth',
	'Flückiger'
];
const FIRST = [
	'Ruth',
	'Beat',
	'Monika',
	'Urs',
	'Corinne',
	'Markus',
	'Esther',
	'Roland',
	'Silvia',
	'Patrick',
	'Franziska',
	'Hansruedi',
	'Nadia',
	'Christoph'
];

const KINDS: readonly {
	sector: (typeof employers.SECTORS)[number];
	names: readonly string[];
	jobs: readonly string[];
}[] = [
	{
		sector: 'Gastronomie und Hotellerie',
		names: ['Gasthof {F}', 'Restaurant Rössli {F}', 'Hotel Aarhof {F} AG'],
		jobs: ['Küchenhilfe', 'Servicemitarbeiter/in', 'Koch/Köchin EFZ']
	},
	{
		sector: 'Bau und Handwerk',
		names: ['{F} Bau AG', 'Malerei {F} GmbH', '{F} Gartenbau und Unterhalt'],
		jobs: ['Bauarbeiter/in', 'Maler/in EFZ', 'Praktiker/in PrA']
	},
	{
		sector: 'Gesundheit und Pflege',
		names: ['Alterszentrum {T}', 'Spitex {T} und Umgebung', 'Pflegeheim Sonnmatt {T}'],
		jobs: ['Pflegehelfer/in SRK', 'Assistent/in Gesundheit und Soziales EBA', 'Mitarbeiter/in Hauswirtschaft']
	},
	{
		sector: 'Detailhandel',
		names: ['{F} Lebensmittel AG', 'Bäckerei-Konditorei {F}', 'Velo {F} {T}'],
		jobs: ['Detailhandelsassistent/in EBA', 'Verkäufer/in', 'Bäcker/in EFZ']
	},
	{
		sector: 'Logistik',
		names: ['{F} Transporte AG', 'Logistikzentrum {T} AG', '{F} Umzüge GmbH'],
		jobs: ['Lagermitarbeiter/in', 'Logistiker/in EBA', 'Chauffeur/in Kat. C']
	},
	{
		sector: 'Industrie und Produktion',
		names: ['{F} Metallbau AG', 'Präzisionsteile {T} AG', '{F} Verpackungen AG'],
		jobs: ['Produktionsmitarbeiter/in', 'Metallbaupraktiker/in EBA', 'Maschinenführer/in']
	},
	{
		sector: 'Landwirtschaft und Gartenbau',
		names: ['Hof {F}', 'Gemüsebau {F} {T}'],
		jobs: ['Erntehelfer/in', 'Agrarpraktiker/in EBA']
	},
	{
		sector: 'Reinigung und Facility',
		names: ['{F} Reinigungen GmbH', 'Facility Services {T} AG'],
		jobs: ['Reinigungsmitarbeiter/in', 'Unterhaltspraktiker/in EBA']
	}
];

const NOTES = [
	'Erstgespräch: Betrieb kennt den Status S / F noch kaum, Merkblatt SEM abgegeben.',
	'Betriebsbesuch mit der Fachperson integration.arbeit, mögliche Einsatzbereiche besprochen.',
	'Rückruf: grundsätzlich offen für einen Probeeinsatz ab nächstem Monat.',
	'Informiert über Einarbeitungszuschuss und Begleitung durch Jobcoach.',
	'Probeeinsatz ausgewertet: positiv, Sprache am Arbeitsplatz noch ausbaufähig.',
	'Lehrstelle für nächsten August in Aussicht, Schnupperlehre vereinbart.',
	'Teilnahme am Anlass für Arbeitgebende bestätigt.'
];

const STAGE_WEIGHTS: readonly (readonly [employers.Stage, number])[] = [
	['sensitized', 5],
	['interested', 4],
	['trial', 3],
	['hired', 2],
	['apprenticeship', 2]
];

export function regions(): string[] {
	return [...new Set(AGENCIES.map((a) => a.region))].filter((r) => r in DISTRICTS).sort();
}

/** The board of one region as a fresh doc (reproducible for a given seed and today). */
export function boardDocument(region: string, seed: number, today: IsoDate, index: number): Y.Doc {
	const rng = random.create(random.derive(seed, 11, index));
	const doc = new Y.Doc();
	doc.clientID = random.derive(seed, 12, index);
	const officer = officerOf(region);
	const districts = Object.entries(DISTRICTS[region] ?? {});
	const used = new Set<string>();
	for (let i = 0; i < 15; i++) {
		const kind = rng.pick(KINDS);
		const [district, towns] = rng.pick(districts);
		const town = rng.pick(towns);
		const family = rng.pick(FAMILY);
		let name = rng.pick(kind.names).replace('{F}', family).replace('{T}', town);
		if (used.has(name)) name = `${name} (${town})`;
		used.add(name);
		const stage = rng.weighted(STAGE_WEIGHTS);
		const contactCount = rng.int(1, 2);
		const contacts = Array.from({ length: contactCount }, (_, c) => {
			const person = `${rng.pick(FIRST)} ${rng.pick(FAMILY)}`;
			return {
				name: person,
				role:
					c === 0
						? rng.pick(['Geschäftsführung', 'Personalverantwortliche/r', 'Inhaber/in'])
						: rng.pick(['Berufsbildner/in', 'Teamleitung']),
				phone: `032 ${rng.int(600, 699)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
				email: `${person.split(' ')[0]!.toLowerCase()}@example.ch`
			};
		});
		const positions = Array.from({ length: stage === 'sensitized' ? 0 : rng.int(1, 2) }, () => {
			const title = rng.pick(kind.jobs);
			const type: employers.PositionType = title.includes('EBA')
				? 'EBA'
				: title.includes('EFZ')
					? 'EFZ'
					: stage === 'trial'
						? 'trial'
						: 'job';
			return { title, type, open: rng.chance(0.7) };
		});
		let date = days.addDays(today, -rng.int(200, 420));
		const history = Array.from({ length: rng.int(1, 4) }, (_, h) => {
			date = days.addDays(date, rng.int(14, 90));
			return {
				date: days.min(date, days.addDays(today, -1)),
				by: officer,
				note: NOTES[Math.min(h + (stage === 'sensitized' ? 0 : 1), NOTES.length - 1)]!
			};
		});
		employers.add(
			doc,
			{
				name,
				sector: kind.sector,
				region: district,
				location: town,
				stage,
				apprenticeship: stage === 'apprenticeship' ? rng.pick(employers.APPRENTICESHIP_TYPES) : '',
				contacts,
				positions,
				history
			},
			'seed',
			`e-${region.slice(0, 4)}-${String(i + 1).padStart(2, '0')}`
		);
	}
	return doc;
}

function officerOf(region: string): string {
	const agencies = AGENCIES.filter((a) => a.region === region).map((a) => a.id);
	const officer = USERS.find((u) => agencies.includes(u.agencyId) && u.roles.includes('integration_officer'));
	return officer?.displayName ?? 'Integrationsfachstelle';
}

export async function seedEmployers(storage: DocStorage, seed: number, today: IsoDate, at: number): Promise<number> {
	const list = regions();
	for (const [index, region] of list.entries()) {
		const doc = boardDocument(region, seed, today, index);
		await storage.append(employersDoc(region), Y.encodeStateAsUpdate(doc), { userId: null, at });
		doc.destroy();
	}
	return list.length;
}
