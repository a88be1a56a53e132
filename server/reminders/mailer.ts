/**
 * Sending reminders. With LOTSE_SMTP_URL set, each reminder goes by e-mail (nodemailer) to the
 * recipient's address; without it, or for users without an address, it is written to the
 * server log. Either way the message names no person: an e-mail is not a safe place for
 * personal data, so it says what is due and links to the case in Lotse.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Accounts } from '../auth/accounts';
import type { Log } from '../log';

export interface ReminderMessage {
	/** Recipient user id. */
	to: string;
	caseId: string;
	kind: string;
	subjectId: string;
	due: string;
	key: string;
}

export interface Mailer {
	readonly kind: 'log' | 'smtp';
	send(message: ReminderMessage): Promise<void>;
}

export class LogMailer implements Mailer {
	readonly kind = 'log';
	#log: Log;

	constructor(log: Log) {
		this.#log = log;
	}

	async send(message: ReminderMessage): Promise<void> {
		this.#log.info('reminder.sent', {
			via: 'log',
			user: message.to,
			case: message.caseId,
			kind: message.kind,
			due: message.due
		});
	}
}

const SUBJECTS: Record<string, string> = {
	taskDue: 'Pendenz fällig',
	measureStart: 'Massnahme beginnt bald',
	reviewDue: 'Überprüfung fällig',
	goalDue: 'Zieltermin naht',
	dossierQuiet: 'Dossier ohne Aktivität'
};

/** The e-mail for a reminder: German, without names or free text from the case. */
export function compose(message: ReminderMessage, publicUrl: string): { subject: string; text: string } {
	const what = SUBJECTS[message.kind] ?? 'Erinnerung';
	const [y, m, d] = message.due.split('-');
	const link = `${publicUrl.replace(/\/$/, '')}/cases/${message.caseId}`;
	return {
		subject: `Lotse: ${what} (${d}.${m}.${y})`,
		text: `Guten Tag\n\nLotse erinnert Sie: ${what}, fällig am ${d}.${m}.${y}.\nFall öffnen: ${link}\n\nDiese Nachricht wurde automatisch erstellt.`
	};
}

export class SmtpMailer implements Mailer {
	readonly kind = 'smtp';
	#transport: Transporter;
	#accounts: Accounts;
	#fallback: LogMailer;
	#log: Log;
	#from: string;
	#publicUrl: string;

	constructor(transport: Transporter, accounts: Accounts, log: Log, options: { from: string; publicUrl: string }) {
		this.#transport = transport;
		this.#accounts = accounts;
		this.#fallback = new LogMailer(log);
		this.#log = log;
		this.#from = options.from;
		this.#publicUrl = options.publicUrl;
	}

	async send(message: ReminderMessage): Promise<void> {
		const address = this.#accounts.user(message.to)?.email;
		if (!address) return this.#fallback.send(message);
		await this.#transport.sendMail({ from: this.#from, to: address, ...compose(message, this.#publicUrl) });
		this.#log.info('reminder.sent', {
			via: 'smtp',
			user: message.to,
			case: message.caseId,
			kind: message.kind,
			due: message.due
		});
	}
}

export function create(
	smtpUrl: string,
	accounts: Accounts,
	log: Log,
	options: { from: string; publicUrl: string }
): Mailer {
	if (!smtpUrl) return new LogMailer(log);
	return new SmtpMailer(nodemailer.createTransport(smtpUrl), accounts, log, options);
}
