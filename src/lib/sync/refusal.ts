/**
 * What the user reads when the server ends a doc's connection for good (4400–4499: the stock
 * provider stops reconnecting). The close reason the server sends is English, for logs and API
 * clients; the browser shows a German sentence chosen by the code instead.
 */
import { t } from '$lib/i18n';
import { CLOSE } from '$lib/shared/protocol';

/** 'signedOut' and 'forbidden' have their own texts on each screen; every other code a sentence. */
export type Refusal = 'signedOut' | 'forbidden' | (string & {});

export function refusal(code: number): Refusal {
	switch (code) {
		case CLOSE.unauthorized:
			return 'signedOut';
		case CLOSE.forbidden:
			return 'forbidden';
		case CLOSE.malformed:
			return t('sync.closed.malformed');
		case CLOSE.awarenessTooLarge:
			return t('sync.closed.awarenessTooLarge');
		case CLOSE.tooManyClients:
			return t('sync.closed.tooManyClients');
		default:
			return t('sync.closed.other', { code });
	}
}
