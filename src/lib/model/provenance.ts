/**
 * Where a task or measure came from, for the "aus Fallkonferenz vom …" line beside it. Sources are
 * written by the code that creates the entry: 'conference:<conference>:<decision>' (a case
 * conference decision), 'allocation:<rule>' (a Zuweisungsregel suggestion), 'handover:<id>' (a
 * case handed over from another agency). Pure: the caller supplies the conference dates and
 * renders the i18n key; anything else (manual entries, '') has no provenance.
 */
import { RULES } from '../rules/allocation';
import * as conference from './conference';
import type { IsoDate } from './schema';

export interface Provenance {
	kind: 'conference' | 'allocation' | 'handover';
	/** i18n key and its parameters (the label shown). */
	key: string;
	params: Record<string, string>;
	/** Where the link leads, or null when there is nothing to open. */
	href: string | null;
}

export function provenance(
	caseId: string,
	source: string | undefined,
	conferenceDate: (id: string) => IsoDate | undefined = () => undefined
): Provenance | null {
	if (!source) return null;
	const meeting = conference.parseSource(source);
	if (meeting) {
		const date = conferenceDate(meeting.conferenceId) ?? '';
		return {
			kind: 'conference',
			key: date ? 'provenance.conference' : 'provenance.conferenceUndated',
			params: { date },
			href: conference.linkOf(caseId, source)
		};
	}
	if (source.startsWith('allocation:')) {
		const id = source.slice('allocation:'.length);
		return {
			kind: 'allocation',
			key: 'provenance.allocation',
			params: { rule: RULES.find((r) => r.id === id)?.title ?? id },
			href: null
		};
	}
	if (source.startsWith('handover:'))
		return { kind: 'handover', key: 'provenance.handover', params: {}, href: `/cases/${caseId}?tab=privacy` };
	return null;
}
