/**
 * Sending reminders. With LOTSE_SMTP_URL set, reminders should go out by e-mail through
 * nodemailer; nodemailer is not a dependency yet, so until it is added every reminder goes to
 * the log mailer, which writes one line per reminder with ids only (no names, no task titles:
 * the log is not a place for personal data).
 */
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
		this.#log.info('reminder.sent', { via: 'log', user: message.to, case: message.caseId, kind: message.kind, due: message.due });
	}
}

export function create(smtpUrl: string, log: Log): Mailer {
	if (smtpUrl) log.warn('reminder.smtp_unavailable', { reason: 'nodemailer is not installed; reminders go to the server log' });
	return new LogMailer(log);
}
