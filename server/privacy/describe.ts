/**
 * Turns a Yjs transaction into readable audit lines ("Stammdaten: Nachname geändert",
 * "Verlauf: Eintrag hinzugefügt"). It names sections and fields, never values: the audit trail
 * must not become a second copy of the personal data that erasure has to find and remove.
 * Names of types and keys are client input too (a client may write any key, e.g. a person's
 * name, or a key crafted for a spreadsheet), so only names of Lotse's own schema are echoed;
 * anything else is "weiterer Bereich" / "weiteres Feld".
 *
 * Called from the room's update handler, i.e. while Yjs still allows computing event changes.
 */
import * as Y from 'yjs';

type AnyType = Parameters<typeof Y.findRootTypeKey>[0];

/** Top-level types of all doc kinds (see src/lib/model/schema.ts) → German section names. */
const SECTIONS: Record<string, string> = {
	person: 'Stammdaten',
	residence: 'Aufenthaltsstatus',
	caseInfo: 'Fall',
	journal: 'Verlauf',
	assessments: 'Potenzialabklärung',
	situations: 'Erwerbs-/Ausbildungssituation',
	goals: 'Ziele',
	measures: 'Massnahmen',
	tasks: 'Pendenzen',
	notes: 'Vertrauliche Notizen',
	health: 'Gesundheit',
	offers: 'Angebote',
	cases: 'Fallübersicht',
	documents: 'Dokumente',
	handovers: 'Fallübergaben',
	conferences: 'Fallkonferenzen',
	employers: 'Arbeitgebende'
};

/** Root maps whose keys are entry ids, not field names. */
const ID_KEYED = new Set(['offers', 'cases', 'employers']);

/** Keys of the schema (src/lib/model) without a German name here: echoed as they are. */
const SCHEMA_KEYS = new Set(
	(
		'achieved active actualEnd actualStart addedBy apprenticeship assessmentId assessor assigneeId attachments ' +
		'attendees authorId authorName availability barriers by candidates capacities certificate childcareNeeded ' +
		'completed confidential contacts cost costPerPlace createdAt createdBy createdMeasureId createdTaskId criteria ' +
		'decisionId decisions description digitalSkills diplomas doneAt drivingLicence educationType email ' +
		'employability employable employer familySituation firstLanguage funding goalId goals healthLimited history ' +
		'housing iasGoal id kind labourMarket levelDate levelMethod levelReached limits literateFirstLanguage ' +
		'literateLatinScript localLanguage location maxAge maxLevel minAge minLevel minutes mobility name note notes ' +
		'occupation offerId offerName offerType otherLanguages pathway period personNote phone placeable places ' +
		'plannedEnd plannedStart positionId positions provider providerNote rank recognition recommendedOffers region ' +
		'resources role schoolingCountry schoolingLevel schoolingYears sector size skills socialContacts source stage ' +
		'statuses targetDate type uploadedAt uploadedBy uploadedByName userId values vocationalTraining wishes ' +
		'workCapacityPercent workExperience workload years youngestChildAge householdId leftCantonDate ' +
		'dailyStructureNeeded wording'
	).split(' ')
);

const FIELDS: Record<string, string> = {
	lastName: 'Nachname',
	firstName: 'Vorname',
	birthDate: 'Geburtsdatum',
	sex: 'Geschlecht',
	nationality: 'Staatsangehörigkeit',
	zemis: 'ZEMIS-Nummer',
	languages: 'Sprachen',
	entryDate: 'Einreise',
	canton: 'Kanton',
	municipality: 'Gemeinde',
	agencyId: 'Zuständige Stelle',
	managerId: 'Fallführung',
	phase: 'Phase',
	openedAt: 'Eröffnet am',
	closedAt: 'Abgeschlossen am',
	invitedAt: 'Eingeladen am',
	date: 'Datum',
	body: 'Text',
	status: 'Status',
	from: 'Von',
	to: 'Bis',
	title: 'Titel',
	due: 'Fällig',
	done: 'Erledigt',
	text: 'Text',
	type: 'Typ'
};

const section = (root: string) => SECTIONS[root] ?? 'Weiterer Bereich';
const field = (key: string) => FIELDS[key] ?? (SCHEMA_KEYS.has(key) ? key : 'weiteres Feld');

function rootOf(type: AnyType): { root: string; chain: AnyType[] } {
	const chain: AnyType[] = [];
	let current = type;
	while (current._item !== null) {
		chain.unshift(current);
		current = current._item.parent as AnyType;
	}
	return { root: Y.findRootTypeKey(current), chain };
}

export function describeTransaction(transaction: Y.Transaction): string[] {
	const lines = new Set<string>();
	for (const [type, keys] of transaction.changed) {
		const { root, chain } = rootOf(type);
		if (chain.length === 0) {
			const fields = [...keys].filter((k): k is string => k !== null);
			// A root map whose keys are field names (person, caseInfo) or ids (offers, cases).
			for (const key of fields) lines.add(`${section(root)}: ${ID_KEYED.has(root) ? 'Eintrag' : field(key)} geändert`);
			if (keys.has(null)) {
				const { added, deleted } = new Y.YEvent(type, transaction).changes;
				const countAdded = [...added].filter((item) => item.countable && !item.deleted).length;
				const countDeleted = [...deleted].filter((item) => item.countable).length;
				if (countAdded > 0)
					lines.add(`${section(root)}: ${countAdded === 1 ? 'Eintrag' : `${countAdded} Einträge`} hinzugefügt`);
				if (countDeleted > 0)
					lines.add(`${section(root)}: ${countDeleted === 1 ? 'Eintrag' : `${countDeleted} Einträge`} entfernt`);
				if (countAdded === 0 && countDeleted === 0) lines.add(`${section(root)} geändert`);
			}
		} else {
			// Inside an entry (or a nested map): name the entry's field that changed.
			const inner = chain.length > 1 ? chain[1]!._item!.parentSub : [...keys].find((k): k is string => k !== null);
			const top = chain[0]!._item!.parentSub;
			const what = top === null || ID_KEYED.has(root) ? 'Eintrag' : field(top);
			lines.add(`${section(root)}: ${what} geändert${inner ? ` (${field(inner)})` : ''}`);
		}
	}
	if (lines.size === 0 && transaction.deleteSet.clients.size > 0) lines.add('Inhalt entfernt');
	return [...lines];
}
