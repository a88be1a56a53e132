/**
 * Offer criteria and criteria checks in words, for the catalogue, the plan's warnings and the
 * report. Kept beside the texts so every screen says "16–25 Jahre" the same way.
 */
import type { Miss, Unknown } from '$lib/model/criteria';
import type { Criteria } from '$lib/model/offers';
import { t, type MessageKey } from './index';

export function ageRange(min: number | null, max: number | null): string {
	if (min !== null && max !== null) return t('offers.criteria.age', { min, max });
	if (min !== null) return t('offers.criteria.ageFrom', { min });
	if (max !== null) return t('offers.criteria.ageTo', { max });
	return '';
}

const employable = (v: string) => t(`offers.employable.${v}` as MessageKey);
const placeable = (v: string) => t(`offers.placeable.${v}` as MessageKey);

/** One short line: "16–25 Jahre · S, F · Deutsch ab A2 · erwerbsfähig". */
export function describeCriteria(c: Criteria): string {
	const parts = [ageRange(c.minAge, c.maxAge)];
	if (c.statuses.length > 0) parts.push(c.statuses.join(', '));
	if (c.minLevel) parts.push(t('offers.criteria.minLevel', { level: c.minLevel }));
	if (c.maxLevel) parts.push(t('offers.criteria.maxLevel', { level: c.maxLevel }));
	if (c.employability.length > 0) parts.push(c.employability.map(employable).join(' / '));
	if (c.placeable.length > 0) parts.push(c.placeable.map(placeable).join(' / '));
	const text = parts.filter(Boolean).join(' · ');
	return text || t('offers.criteria.none');
}

export function describeMiss(miss: Miss): string {
	switch (miss.criterion) {
		case 'age':
			return t('plan.miss.age', { actual: miss.actual, range: ageRange(miss.min, miss.max) });
		case 'status':
			return t('plan.miss.status', { actual: miss.actual, allowed: miss.allowed.join(', ') });
		case 'minLevel':
			return t('plan.miss.minLevel', { actual: miss.actual, required: miss.required });
		case 'maxLevel':
			return t('plan.miss.maxLevel', { actual: miss.actual, target: miss.target });
		case 'employability':
			return t('plan.miss.employability', {
				actual: employable(miss.actual),
				allowed: miss.allowed.map(employable).join(', ')
			});
		case 'placeable':
			return t('plan.miss.placeable', {
				actual: placeable(miss.actual),
				allowed: miss.allowed.map(placeable).join(', ')
			});
	}
}

export function describeUnknown(unknown: Unknown[]): string {
	return t('plan.criteria.unknown', { fields: unknown.map((u) => t(`plan.unknown.${u}`)).join(', ') });
}

const chf = new Intl.NumberFormat('de-CH', { style: 'currency', currency: 'CHF', maximumFractionDigits: 0 });

export function formatChf(amount: number | null): string {
	if (amount === null) return t('offers.costUnknown');
	if (amount === 0) return t('offers.free');
	return chf.format(amount);
}
