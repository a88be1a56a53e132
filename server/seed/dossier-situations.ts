/**
 * Demo situation history (Erwerbs- und Ausbildungssituation) that follows from a person's
 * assessments: jobs in the 1st or 2nd labour market with workload, RAV registration before a
 * job, transitional education and apprenticeships for 16–25, health and childcare facts.
 *
 * Shares are set so the indicators come out near reality: about 35–40 % of status S persons
 * aged 18–64 employed, and employment of VA/Flü rising with years since entry.
 */
import type * as Y from 'yjs';
import type { Assessment } from '../../src/lib/model/assessment';
import type { IsoDate } from '../../src/lib/model/schema';
import * as situation from '../../src/lib/model/situation';
import type { Situation } from '../../src/lib/model/situation';
import * as days from '../../src/lib/rules/calendar';
import type { SeedCase } from './persons';
import type * as random from './random';

type Draft = Pick<Situation, 'kind' | 'from'> & Partial<Situation>;

const EMPLOYERS = [
	'Bäckerei Studer AG, Grenchen',
	'Reinigung Aaretal GmbH, Solothurn',
	'Spitex Wasseramt',
	'Alterszentrum Weissenstein, Solothurn',
	'Hotel Krone, Olten',
	'Gärtnerei Flury, Biberist',
	'Käser Bau AG, Balsthal',
	'Logistikzentrum Gäu AG, Härkingen',
	'Restaurant Bahnhof, Olten',
	'Schreinerei Gisiger, Zuchwil',
	'Präzisionsteile Jura AG, Grenchen',
	'Detailhandel Wengi AG, Solothurn'
];

/** 2nd labour market: subsidised jobs of the AMI programmes. */
const SECONDARY = [
	'integration.arbeit, Einsatzplatz Velowerkstatt',
	'Regiomech Zuchwil (Beschäftigung)',
	'integration.arbeit, Einsatzplatz Gastronomie'
];

export function write(
	doc: Y.Doc,
	rng: random.Random,
	item: SeedCase,
	made: Assessment[],
	today: IsoDate,
	origin: string
): void {
	drafts(rng, item, made, today).forEach((draft, i) => situation.add(doc, draft, origin, `${item.id}-w${i + 1}`));
}

function drafts(rng: random.Random, item: SeedCase, made: Assessment[], today: IsoDate): Draft[] {
	const first = made[0];
	const latest = made.at(-1);
	if (!first || !latest) return [];
	const end = item.info.closedAt || days.addDays(today, -1);
	const within = (from: IsoDate, span: number) => days.min(days.addDays(from, span), end);
	const out: Draft[] = [];

	const sick = made.find((a) => a.healthLimited);
	if (sick) out.push({ kind: 'notEmployableHealth', from: sick.date });
	if (latest.childcareNeeded === 'yes' && rng.chance(0.6))
		out.push({ kind: 'childcareArranged', from: rng.date(first.date, within(first.date, 180)) });
	if (sick && latest.healthLimited) return out;

	const age = days.age(item.person.birthDate, first.date);
	if (age <= 25) out.push(...youth(rng, first.date, end, within));
	else out.push(...adult(rng, item, made, end, today));
	return out;
}

function youth(
	rng: random.Random,
	start: IsoDate,
	end: IsoDate,
	within: (from: IsoDate, span: number) => IsoDate
): Draft[] {
	const out: Draft[] = [];
	const path = rng.next();
	if (path < 0.45) {
		const from = rng.date(within(start, 30), within(start, 150));
		const planned = days.addDays(from, rng.int(300, 340));
		const done = planned <= end;
		out.push({
			kind: 'education',
			from,
			to: done ? planned : '',
			educationType: 'transitional',
			completed: done && rng.chance(0.8),
			note: rng.pick(['Integrationsjahr Orientierung', 'Integrationsjahr Berufsvorbereitung', 'Brückenangebot BVJ'])
		});
		const next = days.addDays(planned, rng.int(30, 60));
		if (done && next <= end && rng.chance(0.55)) out.push(apprenticeship(rng, next));
	} else if (path < 0.6) {
		out.push(apprenticeship(rng, rng.date(within(start, 60), within(start, 300))));
	} else if (path < 0.72) {
		out.push({
			kind: 'education',
			from: rng.date(within(start, 30), within(start, 200)),
			educationType: rng.pick(['upperSecondary', 'languageSchool'] as const)
		});
	} else if (path < 0.9) {
		// Young adults without training who took a job (often in cleaning, catering, logistics).
		out.push(job(rng, rng.date(within(start, 30), within(start, 400)), '', 'primary'));
	}
	return out;
}

function apprenticeship(rng: random.Random, from: IsoDate): Draft {
	return {
		kind: 'apprenticeship',
		from,
		apprenticeship: rng.weighted([
			['INVOL', 40],
			['EBA', 30],
			['EFZ', 30]
		] as const),
		employer: rng.pick(EMPLOYERS)
	};
}

function adult(rng: random.Random, item: SeedCase, made: Assessment[], end: IsoDate, today: IsoDate): Draft[] {
	const latest = made.at(-1) as Assessment;
	const first = made[0] as Assessment;
	if (latest.employable !== 'yes' && latest.employable !== 'partly') return [];
	const out: Draft[] = [];
	const protectionS = item.residence.at(-1)?.status === 'S';
	const years = days.between(item.person.entryDate, today) / 365;
	const base = protectionS ? 0.66 : Math.min(0.22 + 0.09 * years, 0.68);
	const employed = rng.chance(latest.employable === 'partly' ? base * 0.7 : base);
	const registerAt = days.min(days.addDays(latest.date, rng.int(5, 40)), end);

	// Some had a job that ended already (seasonal work, a temporary contract).
	if (rng.chance(0.12)) {
		const from = rng.date(first.date, end);
		const to = days.min(days.addDays(from, rng.int(60, 300)), end);
		if (to > from) out.push(job(rng, from, to, 'primary'));
	}
	if (employed) {
		const from = rng.date(first.date, end);
		const secondary = latest.placeable === 'no' && rng.chance(0.4);
		if (latest.placeable === 'yes' && rng.chance(0.6)) {
			const registered = days.min(days.addDays(first.date, rng.int(10, 40)), from);
			if (registered < from) out.push({ kind: 'ravRegistered', from: registered, to: days.addDays(from, -1) });
		}
		out.push(job(rng, from, '', secondary ? 'secondary' : 'primary'));
	} else if (latest.employable === 'yes' && latest.placeable === 'yes' && rng.chance(0.85)) {
		out.push({ kind: 'ravRegistered', from: registerAt });
	}
	return out;
}

function job(rng: random.Random, from: IsoDate, to: IsoDate, market: 'primary' | 'secondary'): Draft {
	return {
		kind: 'employed',
		from,
		to,
		workload: rng.pick(market === 'secondary' ? [50, 60, 80] : [30, 40, 50, 60, 80, 100, 100]),
		labourMarket: market,
		employer: rng.pick(market === 'secondary' ? SECONDARY : EMPLOYERS)
	};
}
