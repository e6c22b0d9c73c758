import type { I18n } from '../../i18n/index.ts';

/** An amount in whole dinars as the reader's locale writes it ("200.000 дин.", "200,000 RSD"). */
export function formatDinars(i18n: Pick<I18n, 'formatNumber' | 't'>, amount: number): string {
	return i18n.t('calls.money', { amount: i18n.formatNumber(amount) });
}
