/**
 * The demo canton as data: Solothurn ('so') with the agencies named in its "Programm S"
 * measures plan (AGS, the RAV of the AWA, the BIZ of the ABMH, the two pilot social regions,
 * municipalities, course providers) and a fictitious staff. Nothing here is a real person.
 * The README's table of demo accounts is printed from USERS.
 */
import type { Agency } from '../auth/accounts';
import type { Role } from '../../src/lib/shared/roles';

export const CANTON = 'so';

/** Every demo account signs in with this password (documented in the README). */
export const DEMO_PASSWORD = 'lotse-demo';

export const AGENCIES: readonly Agency[] = [
	{
		id: 'ags',
		name: 'Amt für Gesellschaft und Soziales (AGS), Integration',
		kind: 'canton_office',
		canton: CANTON,
		region: 'solothurn-lebern'
	},
	{
		id: 'sr-wasseramt',
		name: 'Sozialregion Wasseramt',
		kind: 'social_region',
		canton: CANTON,
		region: 'bucheggberg-wasseramt'
	},
	{ id: 'sr-olten', name: 'Sozialregion Olten', kind: 'social_region', canton: CANTON, region: 'olten-goesgen' },
	{
		id: 'gemeinde-grenchen',
		name: 'Soziale Dienste Stadt Grenchen',
		kind: 'municipality',
		canton: CANTON,
		region: 'solothurn-lebern'
	},
	{
		id: 'gemeinde-balsthal',
		name: 'Einwohnergemeinde Balsthal, Soziales',
		kind: 'municipality',
		canton: CANTON,
		region: 'thal-gaeu'
	},
	{ id: 'rav-solothurn', name: 'RAV Solothurn (AWA)', kind: 'rav', canton: CANTON, region: 'solothurn-lebern' },
	{ id: 'rav-olten', name: 'RAV Olten (AWA)', kind: 'rav', canton: CANTON, region: 'olten-goesgen' },
	{
		id: 'biz-solothurn',
		name: 'BIZ Solothurn, Berufs-, Studien- und Laufbahnberatung (ABMH)',
		kind: 'biz',
		canton: CANTON,
		region: 'solothurn-lebern'
	},
	{
		id: 'anbieter-sprachschule',
		name: 'Sprachschule Aare (Anbieter)',
		kind: 'provider',
		canton: CANTON,
		region: 'solothurn-lebern'
	},
	{
		id: 'anbieter-arbeitsintegration',
		name: 'Arbeitsintegration Dünnern (Anbieter)',
		kind: 'provider',
		canton: CANTON,
		region: 'olten-goesgen'
	}
];

export interface DemoUser {
	id: string;
	username: string;
	displayName: string;
	agencyId: string;
	roles: Role[];
}

function user(username: string, displayName: string, agencyId: string, roles: Role[]): DemoUser {
	return { id: `u-${username.replace(/\./g, '-')}`, username, displayName, agencyId, roles };
}

export const USERS: readonly DemoUser[] = [
	// Pilot social region Wasseramt: a full case-management team.
	user('regula.brunner', 'Regula Brunner', 'sr-wasseramt', ['team_lead']),
	user('anna.keller', 'Anna Keller', 'sr-wasseramt', ['case_manager']),
	user('marco.studer', 'Marco Studer', 'sr-wasseramt', ['case_manager']),
	user('sandra.ryf', 'Sandra Ryf', 'sr-wasseramt', ['case_manager']),
	user('thomas.affolter', 'Thomas Affolter', 'sr-wasseramt', ['integration_officer']),
	// Pilot social region Olten.
	user('peter.gerber', 'Peter Gerber', 'sr-olten', ['team_lead']),
	user('lea.kaufmann', 'Lea Kaufmann', 'sr-olten', ['case_manager']),
	user('nicole.wyss', 'Nicole Wyss', 'sr-olten', ['case_manager']),
	user('daniel.kamber', 'Daniel Kamber', 'sr-olten', ['integration_officer']),
	// Municipalities: smaller social services, where one person often holds two roles.
	user('simone.flury', 'Simone Flury', 'gemeinde-grenchen', ['case_manager']),
	user('reto.ingold', 'Reto Ingold', 'gemeinde-grenchen', ['case_manager', 'team_lead']),
	user('claudia.allemann', 'Claudia Allemann', 'gemeinde-balsthal', ['case_manager', 'integration_officer']),
	// Canton integration office: offer catalogue, steering, administration, data protection.
	user('martina.vogt', 'Martina Vogt', 'ags', ['integration_officer', 'team_lead']),
	user('stefan.hug', 'Stefan Hug', 'ags', ['admin']),
	user('barbara.meier', 'Barbara Meier', 'ags', ['dpo']),
	// Partners who see only what a person consented to share.
	user('urs.wuethrich', 'Urs Wüthrich', 'rav-solothurn', ['partner_reader']),
	user('karin.bader', 'Karin Bader', 'rav-olten', ['partner_reader']),
	user('monika.schaer', 'Monika Schär', 'biz-solothurn', ['partner_reader']),
	user('jonas.emch', 'Jonas Emch', 'anbieter-sprachschule', ['course_provider']),
	user('sabine.zaugg', 'Sabine Zaugg', 'anbieter-arbeitsintegration', ['course_provider']),
	user('andreas.roth', 'Andreas Roth', 'anbieter-arbeitsintegration', ['assessor'])
];

/**
 * The agencies that hold cases, their share of the caseload and the (real) municipalities of
 * canton Solothurn they serve; a person lives in one of them.
 */
export interface CaseHolder {
	agencyId: string;
	share: number;
	municipalities: readonly string[];
}

export const CASE_HOLDERS: readonly CaseHolder[] = [
	{
		agencyId: 'sr-wasseramt',
		share: 40,
		municipalities: [
			'Biberist',
			'Zuchwil',
			'Gerlafingen',
			'Derendingen',
			'Luterbach',
			'Subingen',
			'Deitingen',
			'Recherswil'
		]
	},
	{
		agencyId: 'sr-olten',
		share: 32,
		municipalities: ['Olten', 'Trimbach', 'Wangen bei Olten', 'Hägendorf', 'Dulliken', 'Starrkirch-Wil']
	},
	{ agencyId: 'gemeinde-grenchen', share: 18, municipalities: ['Grenchen'] },
	{ agencyId: 'gemeinde-balsthal', share: 10, municipalities: ['Balsthal'] }
];

export function caseManagers(agencyId: string): DemoUser[] {
	return USERS.filter((u) => u.agencyId === agencyId && u.roles.includes('case_manager'));
}
