/**
 * Demo social assistance and the systematic invitation, following the Programm S plan's split
 * (section 5, src/lib/rules/tracks.ts): persons whose case lies with a Sozialregion receive
 * social assistance from the day their case was opened; persons whose case lies with an
 * Einwohnergemeinde do not. Social assistance ends when a case closes, and — replaced by a wage
 * (Ablösung, plan 8.3) — three to four months after a full-time job in the first labour market
 * began; such a person then belongs in the Einwohnergemeinde's track and the case page asks for a
 * handover.
 *
 * Every person of 16 to 64 at the opening is invited to the personal talk (1.2, 5.1) before the
 * first journal entry (the Erstinformationsgespräch); new cases without any talk yet are not yet.
 *
 * Runs after the assessments and situations are written (it reads the jobs); own random stream.
 */
import type * as Y from 'yjs';
import * as caseinfo from '../../src/lib/model/caseinfo';
import type { IsoDate } from '../../src/lib/model/schema';
import * as situation from '../../src/lib/model/situation';
import * as days from '../../src/lib/rules/calendar';
import { FULL_TIME_WORKLOAD } from '../../src/lib/rules/allocation';
import { toInvite } from '../../src/lib/rules/tracks';
import { receivesSocialAssistance, type SeedCase } from './persons';
import type { Random } from './random';

export function seedSocial(doc: Y.Doc, item: SeedCase, today: IsoDate, rng: Random, origin: unknown): void {
	const { info, person } = item;
	const end = info.closedAt || days.addDays(today, -1);
	if (receivesSocialAssistance(info.agencyId)) {
		const job = situation
			.list(doc)
			.find(
				(s) =>
					s.kind === 'employed' &&
					s.labourMarket === 'primary' &&
					s.to === '' &&
					(s.workload ?? 0) >= FULL_TIME_WORKLOAD
			);
		const replaced = job ? days.addDays(job.from, rng.int(90, 120)) : '';
		const to = info.closedAt || (replaced && replaced <= end ? replaced : '');
		situation.add(doc, { kind: 'socialAssistance', from: info.openedAt, to }, origin, `${item.id}-sh1`);
	}
	const first = item.journal[0]?.date ?? end;
	// A new case without any talk yet may still be waiting for its invitation.
	const waiting = info.phase === 'intake' && item.journal.length === 0;
	if (toInvite(days.age(person.birthDate, info.openedAt)) && !waiting) {
		caseinfo.set(doc, 'invitedAt', rng.date(info.openedAt, days.max(info.openedAt, first)), origin);
	}
}
