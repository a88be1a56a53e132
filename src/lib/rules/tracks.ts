/**
 * The two tracks of the Programm S plan (section 5, "Zuweisungs- und Beratungspraxis der
 * Sozialregionen und Einwohnergemeinden"), decided by one dated fact: social assistance.
 *
 * - With social assistance the Sozialregion is responsible: it plans the person's help
 *   (individuelle Hilfsplanung), orders courses (verfügt, 5.3.1), assigns to the RAV and to
 *   integration.arbeit (5.4.1, 5.6.1), ensures childcare (5.9.1) and may sanction under social
 *   assistance law (5.11).
 * - Without social assistance the Einwohnergemeinde is responsible: it demands and points to the
 *   same offers (fordert ein, weist hin), with the graduated cost waiver for courses and
 *   integration.arbeit (5.3.2, 5.6.2) and childcare vouchers without workload conditions (5.9.2);
 *   it may be paid per talk (5.2.2), hence the typed journal.
 * - Both invite every potentially employable person and everyone who could train, with and
 *   without social assistance, to a personal talk (1.2, 5.1).
 *
 * Pure: situations and the day come in. The duties are data, shown on the case page as written.
 */
import type { IsoDate } from '../model/schema';
import type { AgencyKind } from '../shared/roles';

export type Track = 'socialRegion' | 'municipality';

export const TRACKS: readonly Track[] = ['socialRegion', 'municipality'];

/** The agency kind the plan makes responsible for each track. */
export const RESPONSIBLE: Record<Track, AgencyKind> = { socialRegion: 'social_region', municipality: 'municipality' };

/** Who is invited to the personal talk (1.2, 5.1): potentially employable or able to train, i.e. 16 to 64. */
export const INVITATION = { minAge: 16, maxAge: 64, basis: 'Programm S 1.2, 5.1' } as const;

export interface Duty {
	/** Plan section, e.g. '5.4.1'. */
	section: string;
	text: string;
}

const INVITE: Duty = {
	section: '1.2, 5.1',
	text: 'Alle potenziell erwerbsfähigen Personen und alle, die für eine Ausbildung in Frage kommen, systematisch zu einem persönlichen Gespräch einladen und auf das BIZ aufmerksam machen.'
};
const PART_TIME: Duty = {
	section: '5.5',
	text: 'Teilzeitarbeit als möglichen Einstieg in den Arbeitsmarkt fördern, mit Hinweis auf Familienergänzungsleistungen (FamEL).'
};
const BIZ: Duty = {
	section: '5.8',
	text: 'Personen in der Bildungsintegration (16–25 Jahre sowie Berufsabschluss für Erwachsene) zu einer BIZ-Anmeldung motivieren.'
};

export const DUTIES: Record<Track, readonly Duty[]> = {
	socialRegion: [
		INVITE,
		{
			section: '5.3.1',
			text: 'Spracherwerb bis mindestens B1 fordern und den Besuch der Deutschintegrationskurse verfügen; gesellschaftliche Partizipation fördern.'
		},
		{
			section: '5.4.1',
			text: 'Erwerbsfähige und vermittelbare Personen dem RAV zuweisen; bei fehlender Klarheit zuerst integration.arbeit.'
		},
		PART_TIME,
		{
			section: '5.6.1',
			text: 'Erwerbsfähige, nicht vermittelbare Personen wenn immer möglich integration.arbeit zuweisen.'
		},
		{
			section: '5.7.1',
			text: 'Wer aus gesundheitlichen Gründen nicht erwerbsfähig ist und eine Tagesstruktur aufbauen muss, Beschäftigung I oder II zuweisen.'
		},
		BIZ,
		{
			section: '5.9.1',
			text: 'Kinderbetreuung für erwerbsfähige und vermittelbare Personen sicherstellen (angemessener Mindestbeschäftigungsgrad).'
		},
		{
			section: '5.11',
			text: 'Sozialhilferechtliche Sanktionen prüfen, wenn sich jemand der zumutbaren arbeitsmarktlichen Integration verweigert.'
		}
	],
	municipality: [
		INVITE,
		{
			section: '5.2.2',
			text: 'Erstinformations-, Folge- und Integrationsgespräche mit ihrem Typ im Journal erfassen (Grundlage für die Abgeltung).'
		},
		{
			section: '5.3.2',
			text: 'Spracherwerb bis mindestens B1 über Deutschintegrationskurse einfordern, mit Hinweis auf das stufenlose Kostenerlasswesen (ab 01.03.2024); soziale Integration gezielt einfordern.'
		},
		{
			section: '5.4.2',
			text: 'Erwerbsfähige und vermittelbare Personen auf die RAV-Anmeldung hinweisen; bei fehlender Klarheit zuerst integration.arbeit.'
		},
		PART_TIME,
		{
			section: '5.6.2',
			text: 'Erwerbsfähige, nicht vermittelbare Personen auf integration.arbeit hinweisen, mit Hinweis auf das Kostenerlasswesen.'
		},
		{
			section: '5.7.2',
			text: 'Die soziale Integration von Personen fördern, die aus gesundheitlichen Gründen nicht erwerbsfähig sind.'
		},
		BIZ,
		{
			section: '5.9.2',
			text: 'Familienergänzende Kinderbetreuung für erwerbsfähige und vermittelbare Personen einfordern; Betreuungsgutscheine nach den kommunalen Richtlinien (ohne Auflagen zum Erwerbspensum).'
		}
	]
};

interface Dated {
	kind: string;
	from: IsoDate;
	to: IsoDate;
}

/** The social-assistance period in effect on `date`, if any. */
export function socialAssistanceAt<T extends Dated>(situations: readonly T[], date: IsoDate): T | undefined {
	return situations.find(
		(s) => s.kind === 'socialAssistance' && s.from !== '' && s.from <= date && (s.to === '' || date <= s.to)
	);
}

export interface TrackState {
	track: Track;
	/** Receiving social assistance since this day ('' when not receiving it). */
	since: IsoDate;
	/** The agency kind responsible for this track. */
	responsible: AgencyKind;
}

export function trackAt(situations: readonly Dated[], date: IsoDate): TrackState {
	const current = socialAssistanceAt(situations, date);
	const track: Track = current ? 'socialRegion' : 'municipality';
	return { track, since: current?.from ?? '', responsible: RESPONSIBLE[track] };
}

/**
 * Whether the case's agency is the one the track makes responsible. Only the two case-holding
 * kinds can be wrong; the canton office or another agency holding a case is left alone.
 */
export function holderMismatch(state: TrackState, agencyKind: string): boolean {
	return (agencyKind === 'social_region' || agencyKind === 'municipality') && agencyKind !== state.responsible;
}

/** Whether the person is among those to invite (1.2, 5.1) at the given age; unknown age: no. */
export function toInvite(age: number | null): boolean {
	return age !== null && age >= INVITATION.minAge && age <= INVITATION.maxAge;
}
