/**
 * Allocation-rule conditions and the facts they held for, in words, so the rule tables and each
 * suggestion's "why" read as sentences rather than codes — the same words on the assessment tab,
 * the rules page and the offer catalogue.
 */
import type { Reason } from '$lib/rules/allocation';
import { ageRange } from '$lib/i18n/criteria';
import { t, type MessageKey } from '$lib/i18n';

const or = (labels: string[]) => labels.join(t('allocation.or'));
const choice = (value: string) => t(`choice.${value}` as MessageKey);
const pathway = (value: string) => t(`assessment.pathway.${value}` as MessageKey);

/** The condition as a rule states it, e.g. "Alter 16–25 Jahre", "Deutsch unter B1". */
export function condition(reason: Reason): string {
	switch (reason.key) {
		case 'ageBetween':
			return t('allocation.cond.age', { range: ageRange(reason.expected[0], reason.expected[1]) });
		case 'statuses':
			return t('allocation.cond.statuses', { list: or([...reason.expected]) });
		case 'employable':
			return t('allocation.cond.employable', { list: or(reason.expected.map(choice)) });
		case 'placeable':
			return t('allocation.cond.placeable', { list: or(reason.expected.map(choice)) });
		case 'levelBelow':
			return t('allocation.cond.levelBelow', { level: reason.expected });
		case 'levelAtLeast':
			return t('allocation.cond.levelAtLeast', { level: reason.expected });
		case 'healthLimited':
			return t(reason.expected ? 'allocation.cond.healthLimited.true' : 'allocation.cond.healthLimited.false');
		case 'dailyStructureNeeded':
			return t('allocation.cond.dailyStructureNeeded', { list: choice(reason.expected) });
		case 'childcareNeeded':
			return t('allocation.cond.childcareNeeded', { list: choice(reason.expected) });
		case 'childcareArranged':
			return t(reason.expected ? 'allocation.cond.childcareArranged.true' : 'allocation.cond.childcareArranged.false');
		case 'pathway':
			return t('allocation.cond.pathway', { list: or(reason.expected.map(pathway)) });
		case 'workloadBelow':
			return t('allocation.cond.workloadBelow', { percent: reason.expected });
		case 'ravRegistered':
			return t(reason.expected ? 'allocation.cond.ravRegistered.true' : 'allocation.cond.ravRegistered.false');
		case 'inTraining':
			return t(reason.expected ? 'allocation.cond.inTraining.true' : 'allocation.cond.inTraining.false');
		case 'trainingBelow':
			return t(`allocation.cond.trainingBelow.${reason.expected}`);
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
		case 'statuses':
			return reason.actual ? t('allocation.actual', { value: reason.actual }) : '';
		case 'employable':
		case 'placeable':
			return reason.expected.length > 1 && reason.actual
				? t('allocation.actual', { value: choice(reason.actual) })
				: '';
		case 'workloadBelow':
			return reason.actual === null ? '' : t('allocation.actual', { value: `${reason.actual} %` });
		default:
			return '';
	}
}

/** "condition (hier: fact)". */
export function sentence(reason: Reason): string {
	return [condition(reason), actual(reason)].filter(Boolean).join(' ');
}
