/**
 * German wording of allocation-rule conditions and of the facts they held for, so the rule
 * table and each suggestion's "why" read as sentences rather than codes.
 */
import { t } from '$lib/i18n';
import type { Reason } from '$lib/rules/allocation';
import * as options from './options';

const or = (labels: string[]) => labels.join(t('allocation.or'));
const coded = (list: readonly string[], all: options.Option[]) => or(list.map((v) => options.label(all, v) || v));

/** The condition as a rule states it, e.g. "Alter 16–25 Jahre", "Deutsch unter B1". */
export function condition(reason: Reason): string {
	switch (reason.key) {
		case 'ageBetween':
			return t('allocation.cond.ageBetween', { min: reason.expected[0], max: reason.expected[1] });
		case 'statuses':
			return t('allocation.cond.statuses', { list: or([...reason.expected]) });
		case 'employable':
			return t('allocation.cond.employable', { list: coded(reason.expected, options.yesPartlyNo()) });
		case 'placeable':
			return t('allocation.cond.placeable', { list: coded(reason.expected, options.yesNo()) });
		case 'levelBelow':
			return t('allocation.cond.levelBelow', { level: reason.expected });
		case 'levelAtLeast':
			return t('allocation.cond.levelAtLeast', { level: reason.expected });
		case 'healthLimited':
			return t(reason.expected ? 'allocation.cond.healthLimited.true' : 'allocation.cond.healthLimited.false');
		case 'childcareNeeded':
			return t('allocation.cond.childcareNeeded', { list: coded([reason.expected], options.yesNo()) });
		case 'childcareArranged':
			return t(reason.expected ? 'allocation.cond.childcareArranged.true' : 'allocation.cond.childcareArranged.false');
		case 'pathway':
			return t('allocation.cond.pathway', { list: coded(reason.expected, options.pathways()) });
	}
}

/** The fact the condition held for, when it adds information (e.g. "hier: 19 Jahre"). */
export function actual(reason: Reason): string {
	switch (reason.key) {
		case 'ageBetween':
			return reason.actual === null
				? ''
				: t('allocation.actual', { value: t('allocation.years', { age: reason.actual }) });
		case 'levelBelow':
		case 'levelAtLeast':
			return reason.actual ? t('allocation.actual', { value: reason.actual }) : '';
		case 'employable':
		case 'placeable':
			return reason.expected.length > 1 && reason.actual
				? t('allocation.actual', { value: options.label(options.yesPartlyNo(), reason.actual) })
				: '';
		default:
			return '';
	}
}
