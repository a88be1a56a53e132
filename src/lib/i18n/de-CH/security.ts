/**
 * German texts of the data-protection safeguards: the two-person rule for administrators' case
 * roles (admin and audit screens) and the server-owned case fields.
 */
export const security = {
	'grants.title': 'Rollenvergaben, die auf Bestätigung warten',
	'grants.intro':
		'Rollen mit Zugriff auf Falldaten werden einem Administrationskonto erst gegeben, wenn eine zweite Person – die/der Datenschutzbeauftragte – sie bestätigt (Vier-Augen-Prinzip). Antrag und Entscheid stehen im Protokoll.',
	'grants.none': 'Keine offenen Rollenvergaben.',
	'grants.account': 'Konto',
	'grants.roles': 'Rollen nachher',
	'grants.agency': 'Stelle',
	'grants.requestedBy': 'Beantragt von',
	'grants.confirm': 'Bestätigen',
	'grants.reject': 'Ablehnen',
	'grants.confirmOf': 'Rollenvergabe an {name} bestätigen',
	'grants.rejectOf': 'Rollenvergabe an {name} ablehnen',
	'grants.confirmed': 'Rollenvergabe bestätigt: Die Rollen gelten ab sofort.',
	'grants.rejected': 'Rollenvergabe abgelehnt.',
	'grants.pendingSaved':
		'Beantragt. Rollen mit Zugriff auf Falldaten für ein Administrationskonto gelten erst, wenn die/der Datenschutzbeauftragte sie bestätigt.',
	'grants.error': 'Die Rollenvergabe konnte nicht entschieden werden: {reason}',
	'grants.error.samePerson':
		'Eine zweite Person muss entscheiden: weder wer die Vergabe beantragt hat noch das betroffene Konto selbst.',
	'grants.error.noGrant': 'Diese Rollenvergabe wartet nicht mehr auf einen Entscheid.',
	'grants.error.notDpo': 'Nur die/der Datenschutzbeauftragte kann Rollenvergaben bestätigen.',
	'admin.error.self':
		'Ihre eigenen Rollen und Ihre eigene Stelle können Sie nicht ändern. Bitten Sie eine andere Person der Administration darum.',
	'admin.error.selfDisable': 'Sie können Ihr eigenes Konto nicht sperren.',
	'admin.user.ownAccount': 'Eigenes Konto: Rollen und Stelle ändert eine andere Person der Administration.',
	'person.zemisFromRegister': 'aus dem Personenregister; Korrekturen über die kantonale Stelle'
} as const;
