import { describe, expect, it } from 'vitest';
import { formatDate, parseDate, t } from './index';

describe('i18n', () => {
	it('fills parameters', () => {
		expect(t('cases.count', { shown: 3, total: 10 })).toBe('3 von 10 Fällen');
	});

	it('shows ISO dates as dd.mm.yyyy', () => {
		expect(formatDate('2024-03-07')).toBe('07.03.2024');
		expect(formatDate('')).toBe('');
		expect(formatDate('07.03.2024')).toBe('');
	});

	it.each([
		['07.03.2024', '2024-03-07'],
		['7.3.2024', '2024-03-07'],
		[' 29.02.2024 ', '2024-02-29'],
		['29.02.2023', null],
		['31.04.2024', null],
		['2024-03-07', null],
		['07.03.24', null],
		['', null]
	])('parses %j as %j', (input, expected) => {
		expect(parseDate(input)).toBe(expected);
	});
});

describe('country names', () => {
	it('names ISO codes in German', async () => {
		const { countryName } = await import('./index');
		expect(countryName('UA')).toBe('Ukraine');
		expect(countryName('ER')).toBe('Eritrea');
		expect(countryName('ua')).toBe('');
		expect(countryName('Ukraine')).toBe('');
	});
});
