/**
 * The demo canton's offer catalogue (offers/so): the offers the Programm S measures plan names,
 * with fictitious providers, access criteria, half-year capacities and costs. Ids are fixed:
 * allocation rules and seeded plans refer to them.
 */
import * as Y from 'yjs';
import { halfYears } from '../../src/lib/model/capacity';
import * as offers from '../../src/lib/model/offers';
import type { Criteria, Offer } from '../../src/lib/model/offers';
import { CANTON_DEFAULTS } from '../../src/lib/rules/canton-criteria';
import { offersDoc } from '../../src/lib/shared/docname';
import type { DocStorage } from '../storage/storage';
import { CANTON } from './canton';

const FIRST_YEAR = 2025;
const LAST_YEAR = 2027;

const VA_FL = ['F', 'F-FL', 'B-FL'];
const TARGET = [...VA_FL, 'S'];

function criteria(values: Partial<Criteria>): Criteria {
	return { ...offers.NO_CRITERIA, ...values };
}

/** Criteria the plan leaves to the canton (1.7, 1.8): seeded with their defaults, the plan's wording cited. */
function byCanton(id: string): Criteria {
	const found = CANTON_DEFAULTS[id];
	if (!found) throw new Error(`no canton default for offer ${id}`);
	return found;
}

function offer(
	values: Omit<Offer, 'capacities' | 'active' | 'criteria'> & { criteria?: Partial<Criteria>; places: number }
): Offer {
	const { places, criteria: c, ...rest } = values;
	return { ...rest, criteria: criteria(c ?? {}), capacities: halfYears(FIRST_YEAR, LAST_YEAR, places), active: true };
}

const KIP = 'Integrationspauschale Bund (KIP 3)';

export const CATALOGUE: readonly Offer[] = [
	offer({
		id: 'deutsch-a1',
		name: 'Deutschintegrationskurs A1',
		type: 'language',
		provider: 'Sprachschule Aare',
		description: 'Intensivkurs 4 Halbtage pro Woche mit Alphabetisierungsmodul; Abschluss mit fide-Sprachnachweis A1.',
		criteria: { minAge: 16, statuses: TARGET, maxLevel: 'A1' },
		location: 'Solothurn, Westbahnhofstrasse',
		costPerPlace: 2400,
		funding: KIP,
		places: 60
	}),
	offer({
		id: 'deutsch-a2',
		name: 'Deutschintegrationskurs A2',
		type: 'language',
		provider: 'Sprachschule Aare',
		description: 'Alltagsdeutsch, 3 Halbtage pro Woche; Abschluss mit fide-Test A2.',
		criteria: { minAge: 16, statuses: TARGET, minLevel: 'A1', maxLevel: 'A2' },
		location: 'Solothurn und Olten',
		costPerPlace: 2200,
		funding: KIP,
		places: 48
	}),
	offer({
		id: 'deutsch-b1',
		name: 'Deutschintegrationskurs B1',
		type: 'language',
		provider: 'Sprachschule Aare',
		description: 'Berufsorientiertes Deutsch bis B1 als Voraussetzung für Ausbildung und Arbeitsmarkt.',
		criteria: { minAge: 16, statuses: TARGET, minLevel: 'A2', maxLevel: 'B1' },
		location: 'Olten, Bahnhofquai',
		costPerPlace: 2600,
		funding: KIP,
		places: 36
	}),
	offer({
		id: 'integration-arbeit',
		name: 'integration.arbeit',
		type: 'labourIntegration',
		provider: 'Arbeitsintegration Dünnern',
		description:
			'AMI-Programm für erwerbsfähige, noch nicht vermittelbare Personen: Praxiseinsätze, Jobcoaching, Bewerbungstraining.',
		criteria: {
			minAge: 18,
			maxAge: 64,
			statuses: TARGET,
			minLevel: 'A1',
			employability: ['yes', 'partly'],
			placeable: ['no', 'unclear']
		},
		location: 'Olten, Industriestrasse',
		costPerPlace: 7800,
		funding: KIP,
		places: 10
	}),
	offer({
		id: 'beschaeftigung-1',
		name: 'Beschäftigung I',
		type: 'occupation',
		provider: 'Arbeitsintegration Dünnern',
		description:
			'Tagesstruktur für Personen, die aus gesundheitlichen Gründen nicht erwerbsfähig sind (Modul 1, niederschwellig).',
		criteria: { minAge: 18, statuses: TARGET, employability: ['no'] },
		location: 'Balsthal, Werkhof',
		costPerPlace: 4200,
		funding: 'Sozialhilfe der Gemeinde',
		places: 16
	}),
	offer({
		id: 'beschaeftigung-2',
		name: 'Beschäftigung II',
		type: 'occupation',
		provider: 'Arbeitsintegration Dünnern',
		description: 'Beschäftigung mit Aufbau von Arbeitsfähigkeit (Modul 2) für gesundheitlich eingeschränkte Personen.',
		criteria: { minAge: 18, statuses: TARGET, employability: ['no', 'partly'] },
		location: 'Olten, Industriestrasse',
		costPerPlace: 5100,
		funding: 'Sozialhilfe der Gemeinde',
		places: 14
	}),
	offer({
		id: 'bvj',
		name: 'Brückenangebot BVJ',
		type: 'education',
		provider: 'BBZ Solothurn-Grenchen',
		description: 'Berufsvorbereitungsjahr: Schule und Praktikum als Brücke in die Berufslehre.',
		criteria: byCanton('bvj'),
		location: 'Solothurn, Kreuzacker',
		costPerPlace: 9800,
		funding: 'Kanton (ABMH)',
		places: 24
	}),
	offer({
		id: 'integrationsjahr-orientierung',
		name: 'Integrationsjahr Orientierung',
		type: 'education',
		provider: 'BBZ Solothurn-Grenchen',
		description: 'Phase 1 der Bildungsintegration: Sprache, Grundbildung und Berufsorientierung für Spätzugewanderte.',
		criteria: byCanton('integrationsjahr-orientierung'),
		location: 'Grenchen, Schulhaus Zentrum',
		costPerPlace: 11500,
		funding: KIP,
		places: 20
	}),
	offer({
		id: 'integrationsjahr-berufsvorbereitung',
		name: 'Integrationsjahr Berufsvorbereitung',
		type: 'education',
		provider: 'BBZ Olten',
		description: 'Phase 2: Berufsvorbereitung mit Schnupperlehren, Coaching und Lehrstellensuche.',
		criteria: byCanton('integrationsjahr-berufsvorbereitung'),
		location: 'Olten, Aarauerstrasse',
		costPerPlace: 11500,
		funding: KIP,
		places: 20
	}),
	offer({
		id: 'invol',
		name: 'Integrationsvorlehre (INVOL)',
		type: 'vocational',
		provider: 'BBZ Olten',
		description: 'Einjährige Vorlehre im Betrieb mit Berufsschule als Vorbereitung auf eine EBA- oder EFZ-Lehre.',
		criteria: byCanton('invol'),
		location: 'Lehrbetriebe im Kanton, Schule in Olten',
		costPerPlace: 13000,
		funding: 'Bund (SEM) und Kanton',
		places: 24
	}),
	offer({
		id: 'berufsabschluss-erwachsene',
		name: 'Berufsabschluss für Erwachsene',
		type: 'vocational',
		provider: 'BBZ Solothurn-Grenchen',
		description: 'Nachholbildung zum EBA/EFZ für Erwachsene mit Berufserfahrung (Phase 3).',
		criteria: byCanton('berufsabschluss-erwachsene'),
		location: 'Solothurn, Kreuzacker',
		costPerPlace: 8500,
		funding: 'Kanton (ABMH)',
		places: 20
	}),
	offer({
		id: 'invost',
		name: 'INVOST – Integrationsvorstufe',
		type: 'labourIntegration',
		provider: 'Arbeitsintegration Dünnern',
		description:
			'Übergang von den Deutschintegrationskursen in die AMI-Programme: Sprache am Arbeitsplatz, erste Praxiseinsätze.',
		criteria: byCanton('invost'),
		location: 'Solothurn, Dornacherstrasse',
		costPerPlace: 6200,
		funding: KIP,
		places: 15
	}),
	offer({
		id: 'rav-amm',
		name: 'RAV-Anmeldung und arbeitsmarktliche Massnahmen (AMM)',
		type: 'rav',
		provider: 'RAV Solothurn (AWA)',
		description: 'Stellenvermittlung und AMM für erwerbsfähige und vermittelbare Personen.',
		criteria: { employability: ['yes'], placeable: ['yes'] },
		location: 'RAV Solothurn und RAV Olten',
		costPerPlace: null,
		funding: 'Arbeitslosenversicherung',
		places: 80
	}),
	offer({
		id: 'biz-beratung',
		name: 'BIZ-Laufbahnberatung',
		type: 'counselling',
		provider: 'BIZ Solothurn',
		description: 'Berufs-, Studien- und Laufbahnberatung; Abklärung von Bildungswegen für 16- bis 25-Jährige.',
		criteria: { minAge: 16, maxAge: 25 },
		location: 'Solothurn, Bielstrasse',
		costPerPlace: 0,
		funding: 'Kanton (ABMH)',
		places: 90
	}),
	offer({
		id: 'kinderbetreuung',
		name: 'Familienergänzende Kinderbetreuung',
		type: 'other',
		provider: 'Kita-Verbund Wasseramt',
		description:
			'Betreuungsplätze, damit Eltern Kurse, Praktika oder eine Stelle antreten können (Betreuungsgutscheine).',
		criteria: {},
		location: 'Biberist, Zuchwil, Olten, Grenchen',
		costPerPlace: 3600,
		funding: 'Gemeinde (Betreuungsgutscheine)',
		places: 30
	})
];

export function catalogueDoc(clientId: number, origin: unknown): Y.Doc {
	const doc = new Y.Doc();
	doc.clientID = clientId;
	for (const o of CATALOGUE) offers.put(doc, o, origin);
	return doc;
}

export async function seedOffers(storage: DocStorage, at: number, clientId: number, origin: unknown): Promise<void> {
	const doc = catalogueDoc(clientId, origin);
	await storage.append(offersDoc(CANTON), Y.encodeStateAsUpdate(doc), { userId: null, at });
	doc.destroy();
}
