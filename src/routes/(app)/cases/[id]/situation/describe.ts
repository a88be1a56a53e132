/** One situation in words (kind, workload, labour market, …), shared by the situation tab and the report. */
import { t } from '$lib/i18n';
import type { Situation } from '$lib/model/situation';

export function describe(s: Situation): string {
	const parts = [t(`situation.kind.${s.kind}`)];
	if (s.kind === 'employed') {
		if (s.workload !== null) parts.push(`${s.workload} %`);
		if (s.labourMarket) parts.push(t(`situation.labourMarket.${s.labourMarket}`));
	}
	if (s.apprenticeship) parts.push(t(`situation.apprenticeship.${s.apprenticeship}`));
	if (s.educationType) parts.push(t(`situation.educationType.${s.educationType}`));
	if (s.employer) parts.push(s.employer);
	if (s.completed) parts.push(t('situation.completed'));
	return parts.join(', ');
}
