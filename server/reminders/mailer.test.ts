import nodemailer, { type SendMailOptions } from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { Accounts } from '../auth/accounts';
import * as db from '../db';
import { compose, SmtpMailer } from './mailer';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

function setup() {
	const database = db.openMemory();
	const accounts = new Accounts(database);
	accounts.addAgency({ id: 'sr-a', name: 'SR A', kind: 'social_region', canton: 'so', region: 'r' });
	accounts.addUser({
		id: 'u-1',
		username: 'eva',
		displayName: 'Eva Muster',
		email: 'eva@example.invalid',
		passwordHash: 'x',
		agencyId: 'sr-a',
		roles: ['case_manager']
	});
	accounts.addUser({
		id: 'u-2',
		username: 'ohne',
		displayName: 'Ohne Adresse',
		passwordHash: 'x',
		agencyId: 'sr-a',
		roles: ['case_manager']
	});
	return accounts;
}

describe('reminder e-mail', () => {
	it('sends a German e-mail with the due date and a link, naming no person', async () => {
		const accounts = setup();
		// nodemailer's JSON transport builds the message without a server: what would be sent.
		const transport = nodemailer.createTransport({ jsonTransport: true });
		const sent: string[] = [];
		const original = transport.sendMail.bind(transport);
		transport.sendMail = (async (mail: SendMailOptions) => {
			const info = await original(mail);
			sent.push(String((info as { message: string }).message));
			return info;
		}) as typeof transport.sendMail;
		const mailer = new SmtpMailer(transport, accounts, silent, {
			from: 'lotse@example.invalid',
			publicUrl: 'https://lotse.example.invalid'
		});
		await mailer.send({ to: 'u-1', caseId: 'c-0042', kind: 'taskDue', subjectId: 't-1', due: '2026-12-03', key: 'k' });
		expect(sent).toHaveLength(1);
		const mail = JSON.parse(sent[0]!) as { to: { address: string }[]; subject: string; text: string };
		expect(mail.to[0]!.address).toBe('eva@example.invalid');
		expect(mail.subject).toBe('Lotse: Pendenz fällig (03.12.2026)');
		expect(mail.text).toContain('https://lotse.example.invalid/cases/c-0042');
		expect(mail.text).not.toContain('Eva');
	});

	it('falls back to the log for users without an address', async () => {
		const accounts = setup();
		const transport = nodemailer.createTransport({ jsonTransport: true });
		let mailed = 0;
		transport.sendMail = (async () => {
			mailed++;
			return {};
		}) as unknown as typeof transport.sendMail;
		const lines: string[] = [];
		const log = { ...silent, info: (event: string) => lines.push(event) };
		await new SmtpMailer(transport, accounts, log, { from: 'a@b.invalid', publicUrl: 'http://x' }).send({
			to: 'u-2',
			caseId: 'c-1',
			kind: 'goalDue',
			subjectId: 'g',
			due: '2026-01-02',
			key: 'k'
		});
		expect(mailed).toBe(0);
		expect(lines).toEqual(['reminder.sent']);
	});

	it('composes subjects for every reminder kind', () => {
		for (const kind of ['taskDue', 'measureStart', 'reviewDue', 'goalDue', 'dossierQuiet']) {
			expect(
				compose({ to: 'u', caseId: 'c', kind, subjectId: 's', due: '2026-05-04', key: 'k' }, 'http://h').subject
			).not.toContain('Erinnerung');
		}
	});
});
