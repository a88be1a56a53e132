/** German texts: the person-register import screen (/import). */
export const registerImport = {
	'nav.import': 'Import',
	'import.title': 'Import aus dem Personenregister',
	'import.intro':
		'Eine CSV-Datei aus dem Personenregister (ZEMIS-Auszug) einlesen. Neue Personen werden als Fall angelegt, bestehende Fälle (gleiche ZEMIS-Nr.) nur ergänzt: Was Mitarbeitende erfasst haben, wird nie überschrieben. Derselbe Import zweimal ändert nichts.',
	'import.columns':
		'Spalten (Reihenfolge beliebig, Trennzeichen ; oder ,): ZEMIS-Nr, Nachname, Vorname, Geburtsdatum, Geschlecht, Nationalität, Status, Einreisedatum, Kanton, Gemeinde; optional Stelle (Kennung der zuständigen Stelle) und Status seit. Daten als TT.MM.JJJJ oder JJJJ-MM-TT.',
	'import.agencyRule':
		'Zuständige Stelle neuer Fälle: die Spalte «Stelle», sonst die Stelle der Wohngemeinde. Sie können nur Fälle Ihrer eigenen Stelle anlegen oder ergänzen (Administration: alle).',
	'import.file': 'CSV-Datei',
	'import.run': 'Importieren',
	'import.running': 'Import läuft …',
	'import.result': 'Ergebnis',
	'import.created': 'neu angelegt',
	'import.updated': 'ergänzt',
	'import.unchanged': 'unverändert',
	'import.rejected': 'abgelehnt',
	'import.rejectedTitle': 'Abgelehnte Zeilen',
	'import.line': 'Zeile',
	'import.zemis': 'ZEMIS-Nr.',
	'import.reason': 'Grund',
	'import.noneRejected': 'Alle Zeilen wurden übernommen.',
	'import.error': 'Der Import ist fehlgeschlagen: {reason}',
	'import.offline': 'Der Import braucht eine Verbindung zum Server.',
	'import.forbidden': 'Importieren dürfen Fallführende, Teamleitungen und die Administration.'
} as const;
