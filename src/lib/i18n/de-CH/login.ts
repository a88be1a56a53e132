/** German texts: login. */
export const login = {
	'login.title': 'Anmelden',
	'login.intro': 'Melden Sie sich mit Ihrem Lotse-Konto an.',
	'login.username': 'Benutzername',
	'login.password': 'Passwort',
	'login.submit': 'Anmelden',
	'login.error.missing': 'Bitte Benutzername und Passwort eingeben.',
	'login.error.wrong': 'Benutzername oder Passwort ist falsch.',
	'login.error.rateLimited': 'Zu viele Fehlversuche. Bitte versuchen Sie es in {minutes} Minuten erneut.',
	'login.error.unknown': 'Die Anmeldung ist fehlgeschlagen. Bitte später erneut versuchen.'
} as const;
