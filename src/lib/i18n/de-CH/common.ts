/** German texts: common. */
export const common = {
	'app.name': 'Lotse',
	'app.tagline': 'Fallführung Integration',
	'nav.cases': 'Fälle',
	'nav.signOut': 'Abmelden',
	'nav.skip': 'Zum Inhalt springen',
	'sync.synced': 'synchronisiert',
	'sync.connecting': 'verbinde …',
	'sync.offline': 'offline',
	'sync.offlinePending': 'offline mit {count} ungesendeten Änderungen',
	'sync.offlinePendingOne': 'offline mit 1 ungesendeten Änderung',
	'sync.pending': 'sende {count} Änderungen …',
	'sync.readOnly': 'nur lesen – Ihre Änderungen an diesem Dokument werden nicht gespeichert',
	'sync.closed.malformed':
		'Der Server hat eine Nachricht dieses Geräts nicht angenommen; die letzte Änderung wurde nicht gespeichert. Bitte laden Sie die Seite neu.',
	'sync.closed.awarenessTooLarge':
		'Die Anwesenheitsangaben dieses Geräts waren zu gross und wurden nicht weitergegeben. Bitte laden Sie die Seite neu.',
	'sync.closed.tooManyClients':
		'Über diese Verbindung wurden zu viele Anwesenheitskennungen gemeldet. Bitte laden Sie die Seite neu.',
	'sync.closed.other': 'Der Server hat die Verbindung beendet (Code {code}). Bitte laden Sie die Seite neu.',
	'date.placeholder': 'TT.MM.JJJJ',
	'date.invalid': 'Bitte ein gültiges Datum im Format TT.MM.JJJJ eingeben.',
	'error.generic': 'Es ist ein Fehler aufgetreten.',
	'error.notFound': 'Diese Seite gibt es nicht.',
	'error.forbidden': 'Sie haben keinen Zugriff auf diese Seite.',
	'error.back': 'Zur Startseite'
} as const;
