/**
 * Access criteria the Programm S plan leaves to the canton: who goes into the Brückenangebot
 * BVJ, the two Integrationsjahr offers, the Integrationsvorlehre and the Berufsabschluss für
 * Erwachsene is defined by the ABMH (plan 1.7), who goes into INVOST by the AGS (1.8).
 *
 * They live where every other access criterion lives — in the offer catalogue (offers/<canton>),
 * which the canton integration office edits — so the allocation rules read one source. This
 * module holds only the defaults: the plan's own words, cited, and the structured criteria that
 * apply until the canton decides otherwise. The demo catalogue is seeded with them, and the
 * offers page can restore them.
 */
import { NO_CRITERIA, type Criteria } from '../model/offers';

/** VA/Flü and persons with protection status S: the plan's and KIP's target group. */
const TARGET = ['F', 'F-FL', 'B-FL', 'S'];

const ABMH =
	'Das ABMH definiert zuhanden der zuweisenden Stellen, wer gemäss welchen Zugangskriterien in welches Angebot (Brückenangebot BVJ, Integrationsjahr Orientierung, Integrationsjahr Berufsvorbereitung, Integrationsvorlehre, Berufsabschluss für Erwachsene) zugewiesen wird.';
const YOUTH =
	'Die Sozialregionen und Einwohnergemeinden motivieren Personen, die in die Bildungsintegration (16-25 Jahre sowie Berufsabschluss für Erwachsene) fallen, zu einer BIZ-Anmeldung.';

function quote(...parts: string[]): string {
	return `Programm S: «${parts.join(' … ')}»`;
}

function criteria(values: Partial<Criteria>): Criteria {
	return { ...NO_CRITERIA, ...values };
}

/** Offer id → the default access criteria, for the offers whose criteria the canton defines. */
export const CANTON_DEFAULTS: Readonly<Record<string, Criteria>> = {
	bvj: criteria({
		minAge: 16,
		maxAge: 25,
		minLevel: 'A2',
		wording: `${quote(ABMH, YOUTH)} Vorgabe bis zum Entscheid des ABMH: 16–25 Jahre, Deutsch ab A2, ohne Lehrstelle.`,
		source: 'Programm S 1.7 (ABMH), 5.8'
	}),
	'integrationsjahr-orientierung': criteria({
		minAge: 16,
		maxAge: 25,
		statuses: TARGET,
		maxLevel: 'A2',
		wording: `${quote(ABMH, YOUTH)} Vorgabe bis zum Entscheid des ABMH: 16–25 Jahre, Deutsch noch unter A2 (ab A2 folgt die Berufsvorbereitung), ohne Lehrstelle.`,
		source: 'Programm S 1.7 (ABMH), 5.8, 9.5'
	}),
	'integrationsjahr-berufsvorbereitung': criteria({
		minAge: 16,
		maxAge: 25,
		statuses: TARGET,
		minLevel: 'A2',
		wording: `${quote(ABMH, YOUTH)} Vorgabe bis zum Entscheid des ABMH: 16–25 Jahre, Deutsch ab A2, ohne Lehrstelle.`,
		source: 'Programm S 1.7 (ABMH), 5.8, 9.5'
	}),
	invol: criteria({
		minAge: 18,
		statuses: TARGET,
		minLevel: 'A2',
		wording: `${quote('Systematische Stärkung der Abklärung und Anmeldung an INVOL-Angeboten für Personen 18+.')} Zugangskriterien: ABMH (1.7). Vorgabe: ab 18 Jahren, Deutsch ab A2, noch keine Lehre begonnen oder abgeschlossen.`,
		source: 'Programm S 9.3, 1.7 (ABMH)'
	}),
	'berufsabschluss-erwachsene': criteria({
		minAge: 25,
		minLevel: 'B1',
		wording: `${quote('Sicherstellung der bestehenden Strukturen / Formate zum Berufsabschluss für Erwachsene (Phase 3).')} Zugangskriterien: ABMH (1.7). Vorgabe: ab 25 Jahren, Deutsch ab B1, ohne abgeschlossene Berufslehre.`,
		source: 'Programm S 9.4, 5.8, 1.7 (ABMH)'
	}),
	invost: criteria({
		minAge: 18,
		maxAge: 64,
		statuses: TARGET,
		minLevel: 'A1',
		maxLevel: 'B1',
		wording: `${quote('Das AGS definiert zuhanden der zuweisenden Stellen, wer gemäss welchen Zugangskriterien dem INVOST-Angebot zugewiesen wird und gemäss welchen Kriterien der Wechsel von den DE-Integrationskursen in die AMI-Programme erfolgt.')} Vorgabe: 18–64 Jahre, Deutsch A1 bis unter B1.`,
		source: 'Programm S 1.8 (AGS)'
	})
};

export function isCantonDefined(offerId: string): boolean {
	return Object.hasOwn(CANTON_DEFAULTS, offerId);
}

/** Whether the catalogue's criteria for an offer differ from the default (for "restore" on the offers page). */
export function differsFromDefault(offerId: string, current: Criteria): boolean {
	const fallback = CANTON_DEFAULTS[offerId];
	if (!fallback) return false;
	const sorted = (list: string[]) => [...list].sort();
	const norm = (c: Criteria) =>
		JSON.stringify({
			...c,
			statuses: sorted(c.statuses),
			employability: sorted(c.employability),
			placeable: sorted(c.placeable)
		});
	return norm({ ...NO_CRITERIA, ...current }) !== norm(fallback);
}
