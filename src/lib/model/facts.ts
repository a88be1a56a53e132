/**
 * Person facts (Personenfakten): the compact, dated record of one person that steering figures
 * are computed from. The server projects every case doc into one such record (see
 * server/projections/facts.ts); indicators never read flags, only these dated facts, so any
 * reference date (Stichtag) works. No names: figures do not need them, and the list of persons
 * behind a figure joins names from the case registry after an access check.
 */
import type * as Y from 'yjs';
import * as assessment from './assessment';
import * as caseinfo from './caseinfo';
import * as journal from './journal';
import * as person from './person';
import * as plan from './plan';
import * as residence from './residence';
import type { IsoDate } from './schema';
import * as situation from './situation';

export interface AssessmentFact {
	date: IsoDate;
	/** Overall local-language level (lowest assessed skill), '' if none was assessed. */
	level: string;
	employable: string;
	placeable: string;
	socialContacts: string;
	schoolingYears: number | null;
	/** 'no' when the person can read and write neither in the first language nor in Latin script. */
	literate: 'yes' | 'no' | '';
	/** Sum of recorded work experience in years. */
	workYears: number;
}

export interface SituationFact {
	kind: string;
	from: IsoDate;
	to: IsoDate;
	labourMarket: string;
	workload: number | null;
	apprenticeship: string;
	educationType: string;
	completed: boolean;
}

export interface MeasureFact {
	offerId: string;
	/** Copy of the offer's name at planning time, for lists. */
	offerName: string;
	offerType: string;
	start: IsoDate;
	end: IsoDate;
	status: string;
}

export interface PersonFacts {
	/** The case id: one case per person. */
	id: string;
	birthDate: IsoDate;
	sex: string;
	nationality: string;
	householdId: string;
	entryDate: IsoDate;
	municipality: string;
	leftCantonDate: IsoDate;
	agencyId: string;
	managerId: string;
	openedAt: IsoDate;
	closedAt: IsoDate;
	/** Systematic invitation to a personal talk (Programm S 1.2, 5.1); '' if not invited. */
	invitedAt: IsoDate;
	residence: { status: string; from: IsoDate; to: IsoDate }[];
	/** Sorted by date. */
	assessments: AssessmentFact[];
	situations: SituationFact[];
	measures: MeasureFact[];
	/**
	 * Typed journal entries, oldest first (model/journal.ts TYPES): e.g. 'firstInformation' for
	 * the Erstinformationsgespräch that KIP counts as "reached by first information".
	 */
	journal: { date: IsoDate; type: string }[];
}

export function fromDoc(caseId: string, doc: Y.Doc): PersonFacts {
	const p = person.read(doc);
	const extra = person.readExtra(doc);
	const info = caseinfo.read(doc);
	return {
		id: caseId,
		birthDate: p.birthDate,
		sex: p.sex,
		nationality: p.nationality,
		householdId: extra.householdId,
		entryDate: p.entryDate,
		municipality: p.municipality,
		leftCantonDate: extra.leftCantonDate,
		agencyId: info.agencyId,
		managerId: info.managerId,
		openedAt: info.openedAt,
		closedAt: info.closedAt,
		invitedAt: info.invitedAt,
		residence: residence.list(doc).map(({ status, from, to }) => ({ status, from, to })),
		assessments: assessment
			.list(doc)
			.filter((a) => a.date !== '')
			.map((a) => ({
				date: a.date,
				level: assessment.overallLevel(a),
				employable: a.employable,
				placeable: a.placeable,
				socialContacts: a.socialContacts,
				schoolingYears: a.schoolingYears,
				literate: literacy(a),
				workYears: (a.workExperience ?? []).reduce((sum, w) => sum + (Number(w.years) || 0), 0)
			})),
		situations: situation.list(doc).map((s) => ({
			kind: s.kind,
			from: s.from,
			to: s.to,
			labourMarket: s.labourMarket,
			workload: s.workload,
			apprenticeship: s.apprenticeship,
			educationType: s.educationType,
			completed: s.completed
		})),
		measures: plan.measures(doc).map((m) => ({
			offerId: m.offerId,
			offerName: m.offerName,
			offerType: m.offerType,
			start: plan.start(m),
			end: plan.end(m),
			status: m.status
		})),
		journal: journal.talks(doc)
	};
}

function literacy(a: assessment.Assessment): AssessmentFact['literate'] {
	if (a.literateFirstLanguage === 'yes' || a.literateLatinScript === 'yes') return 'yes';
	if (a.literateFirstLanguage === 'no' && (a.literateLatinScript === 'no' || a.literateLatinScript === '')) return 'no';
	return '';
}
