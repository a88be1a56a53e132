/**
 * Everything the timeline draws, read from one case doc at `today`: the lanes' bars and points,
 * the milestones evaluated against the dated facts, and the domain that covers them all.
 */
import * as Y from 'yjs';
import * as assessment from '$lib/model/assessment';
import * as journal from '$lib/model/journal';
import * as person from '$lib/model/person';
import * as plan from '$lib/model/plan';
import * as residence from '$lib/model/residence';
import type { IsoDate } from '$lib/model/schema';
import * as situation from '$lib/model/situation';
import * as milestones from '$lib/rules/milestones';
import * as tl from './timeline';

export interface TimelineData {
	entryDate: IsoDate;
	today: IsoDate;
	track: milestones.Track | null;
	domain: [Date, Date];
	status: tl.Bar[];
	levels: tl.LevelPoint[];
	measures: tl.MeasureBar[];
	work: tl.Bar[];
	events: tl.EventMark[];
	milestones: tl.MilestoneMark[];
	layout: { lanes: tl.Lane[]; height: number };
}

/** The handover list is owned by another module; read it only if it is an array of maps. */
function rawHandovers(doc: Y.Doc): unknown[] {
	const type = doc.share.get('handovers');
	return type instanceof Y.Array ? type.toJSON() : [];
}

export function read(doc: Y.Doc, today: IsoDate): TimelineData {
	const p = person.read(doc);
	const periods = residence.list(doc);
	const assessments = assessment.list(doc);
	const situations = situation.list(doc);
	const measureList = plan.measures(doc);
	const track = milestones.trackOf(periods);
	const evaluated = milestones.evaluate(
		{ entryDate: p.entryDate, birthDate: p.birthDate, residence: periods, assessments, situations },
		today
	);

	const status = tl.statusBars(periods);
	const levels = tl.levelSteps(assessments.map((a) => ({ date: a.date, level: assessment.overallLevel(a) })));
	const measures = tl.measureBars(measureList, today);
	const work = tl.situationBars(situations, today);
	const events: tl.EventMark[] = [
		...journal
			.list(doc)
			.filter((e) => e.date)
			.map((e) => ({
				id: e.id,
				date: e.date,
				kind: 'journal' as const,
				label: `Verlaufseintrag von ${e.authorName || 'unbekannt'}`
			})),
		...tl.handoverMarks(rawHandovers(doc))
	];
	const marks = tl.milestoneMarks(evaluated);
	const entryDate = p.entryDate || periods[0]?.from || today;
	const dates = [
		...status.map((b) => b.from),
		...levels.map((l) => l.date),
		...measures.flatMap((m) => [m.planned?.to ?? '', m.actual?.to ?? '']),
		...work.flatMap((b) => [b.from, b.to]),
		...events.map((e) => e.date),
		...marks.map((m) => m.date)
	];
	return {
		entryDate,
		today,
		track,
		domain: tl.domain(entryDate, track, today, dates),
		status,
		levels,
		measures,
		work,
		events,
		milestones: marks,
		layout: tl.layoutLanes({ measures: tl.rowCount(measures), work: tl.rowCount(work) })
	};
}
