/**
 * Writes a small offer catalogue and a few bookings through stock clients, as the integration
 * office and a case manager would: used by the capacity test and the screen checks. The
 * language course gets one place fewer than it has bookings, so it shows as overbooked.
 */
import * as offers from '../../src/lib/model/offers';
import * as plan from '../../src/lib/model/plan';
import { connect, waitForDoc } from './clients';
import { signIn } from './server';

const PASSWORD = 'lotse-demo';

export const FIXTURE_OFFERS: offers.Offer[] = [
	{
		id: 'fx-deutsch-a1',
		name: 'Deutschkurs A1 intensiv',
		type: 'language',
		provider: 'Sprachschule Aare',
		description: '',
		criteria: offers.NO_CRITERIA,
		capacities: [
			{ period: '2026', from: '2026-01-01', to: '2026-12-31', places: 2 },
			{ period: '2027', from: '2027-01-01', to: '2027-12-31', places: 12 }
		],
		location: 'Solothurn',
		costPerPlace: 1800,
		funding: 'IP',
		active: true
	},
	{
		id: 'fx-integration-arbeit',
		name: 'integration.arbeit',
		type: 'labourIntegration',
		provider: 'Arbeitsintegration Dünnern',
		description: '',
		criteria: offers.NO_CRITERIA,
		capacities: [{ period: '2026', from: '2026-01-01', to: '2027-12-31', places: 8 }],
		location: 'Olten',
		costPerPlace: 4200,
		funding: 'IP',
		active: true
	}
];

/** Catalogue by martina.vogt (canton office), three bookings on two of anna.keller's cases. */
export async function writeCapacityFixture(url: string): Promise<string[]> {
	const [martina, anna] = await Promise.all([
		signIn(url, 'martina.vogt', PASSWORD),
		signIn(url, 'anna.keller', PASSWORD)
	]);
	const catalogue = connect(url, 'offers/so', martina);
	await catalogue.synced();
	for (const offer of FIXTURE_OFFERS) offers.put(catalogue.doc, offer);
	const response = await fetch(`${url}/api/cases`, { headers: { authorization: `Bearer ${anna}` } });
	const ids = ((await response.json()) as { cases: { id: string }[] }).cases.slice(0, 3).map((c) => c.id);
	const bookings: [string, plan.MeasureStatus, string][] = [
		[ids[0]!, 'running', 'fx-deutsch-a1'],
		[ids[1]!, 'registered', 'fx-deutsch-a1'],
		[ids[2]!, 'registered', 'fx-deutsch-a1'],
		[ids[0]!, 'planned', 'fx-integration-arbeit']
	];
	for (const id of ids) {
		const client = connect(url, `case/${id}`, anna);
		await client.synced();
		for (const [caseId, status, offerId] of bookings) {
			if (caseId !== id) continue;
			const offer = FIXTURE_OFFERS.find((o) => o.id === offerId)!;
			plan.addMeasure(client.doc, {
				offerId,
				offerName: offer.name,
				provider: offer.provider,
				status,
				plannedStart: '2026-02-01',
				plannedEnd: '2026-11-30'
			});
		}
		await waitForDoc(client.doc, () => client.provider.synced, 'measures sent');
		client.destroy();
	}
	catalogue.destroy();
	return ids;
}
