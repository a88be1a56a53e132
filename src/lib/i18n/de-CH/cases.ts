/** German texts: cases. */
export const cases = {
	'cases.title': 'Fälle',
	'cases.search': 'Suchen',
	'cases.searchPlaceholder': 'Name, ZEMIS-Nr., Gemeinde …',
	'cases.sort': 'Sortieren nach',
	'cases.sort.name': 'Name',
	'cases.sort.entryDate': 'Einreise',
	'cases.sort.updatedAt': 'Letzte Änderung',
	'cases.sort.status': 'Status',
	'cases.count': '{shown} von {total} Fällen',
	'cases.empty': 'Keine Fälle gefunden.',
	'cases.loading': 'Fälle werden geladen …',
	'cases.onlyMine': 'Nur meine Fälle',
	'cases.col.name': 'Name',
	'cases.col.birthDate': 'Geburtsdatum',
	'cases.col.status': 'Status',
	'cases.col.entryDate': 'Einreise',
	'cases.col.municipality': 'Gemeinde',
	'cases.col.manager': 'Fallführung',
	'cases.col.lastEntry': 'Letzter Eintrag',
	'cases.limited': 'Die ersten {limit} Treffer werden angezeigt. Suche verfeinern, um weitere zu sehen.'
} as const;
