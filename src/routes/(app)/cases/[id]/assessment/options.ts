/**
 * Select options for the assessment form: the coded values of the model with their German
 * labels, declared once so the form, the profile and the rule texts say the same words.
 */
import { t, type MessageKey } from '$lib/i18n';
import { KINDS, PATHWAYS, PLACEABILITY, SKILLS } from '$lib/model/assessment';
import { LEVELS } from '$lib/model/cefr';

export interface Option {
	value: string;
	label: string;
}

const coded = (values: readonly string[], prefix: string): Option[] =>
	values.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));

export const kinds = () => coded(KINDS, 'assessment.kind');
export const pathways = () => coded(PATHWAYS, 'assessment.pathway');
export const skills = () => coded(SKILLS, 'assessment.skill');
export const levels = (): Option[] => LEVELS.map((value) => ({ value, label: value }));
export const yesNo = () => coded(['yes', 'no'], 'choice');
export const yesPartlyNo = () => coded(['yes', 'partly', 'no'], 'choice');
export const placeability = () => coded(PLACEABILITY, 'choice');
export const levelMethods = () => coded(['test', 'estimate'], 'assessment.levelMethod');
export const schoolingLevels = () =>
	coded(['none', 'primary', 'lowerSecondary', 'upperSecondary', 'tertiary'], 'assessment.schoolingLevel');
export const recognitions = () =>
	coded(['recognized', 'pending', 'notRecognized', 'unknown'], 'assessment.recognition');
export const digitalSkills = () => coded(['none', 'basic', 'good'], 'assessment.digitalSkills');

/** The label of a coded value, or '' when the value is empty. */
export function label(options: Option[], value: string): string {
	return options.find((o) => o.value === value)?.label ?? '';
}

/** '' → null, anything else → a whole non-negative number (or null if it is not one). */
export function wholeNumber(input: string): number | null {
	if (input.trim() === '') return null;
	const n = Number(input);
	return Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
}
