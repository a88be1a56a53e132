/** German texts: the documents tab of the case page. */
export const documents = {
	'case.tab.documents': 'Dokumente',
	'documents.title': 'Dokumente',
	'documents.drop': 'Dateien hierher ziehen oder',
	'documents.pick': 'Datei auswählen …',
	'documents.rules':
		'PDF, Bilder (PNG, JPEG, GIF, WebP) und Office-Dokumente (Word, Excel, PowerPoint, OpenDocument), je höchstens 20 MB.',
	'documents.empty': 'Noch keine Dokumente.',
	'documents.name': 'Dateiname',
	'documents.type': 'Typ',
	'documents.size': 'Grösse',
	'documents.uploadedBy': 'Hochgeladen von',
	'documents.uploadedAt': 'Datum',
	'documents.actions': 'Aktionen',
	'documents.open': 'Öffnen',
	'documents.download': 'Herunterladen',
	'documents.offline': 'offline verfügbar',
	'documents.uploading': 'Wird hochgeladen: {name}',
	'documents.uploaded': '«{name}» wurde gespeichert.',
	'documents.readonly': 'Sie können die Dokumente dieses Falls lesen, aber keine hochladen.',
	'documents.error.type': 'Dateityp nicht erlaubt: nur PDF, Bilder und Office-Dokumente',
	'documents.error.size': 'Datei zu gross (max. 20 MB)',
	'documents.error.empty': 'Die Datei ist leer.',
	'documents.error.interrupted': 'Upload abgebrochen – es wurde nichts gespeichert',
	'documents.error.offline': 'Offline: Dokumente können nur mit Verbindung zum Server hochgeladen werden.',
	'documents.error.forbidden': 'Sie dürfen in diesem Fall keine Dokumente hochladen.',
	'documents.error.notCached':
		'Dieses Dokument ist auf diesem Gerät nicht gespeichert und der Server ist nicht erreichbar.',
	'documents.error.other': 'Das Dokument konnte nicht gespeichert werden.',
	'documents.errorFor': '{name}: {reason}',
	'documents.dismiss': 'Meldung schliessen'
} as const;
