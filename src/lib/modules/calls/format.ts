import type { I18n } from '../../i18n/index.ts';

/** An amount in whole dinars as the reader's locale writes it ("200.000 дин.", "200,000 RSD"). */
export function formatDinars(i18n: Pick<I18n, 'formatNumber' | 't'>, amount: number): string {
	return i18n.t('calls.money', { amount: i18n.formatNumber(amount) });
}

/** An application's attachment larger than this is refused (a scanned statute of a few pages fits easily). */
export const ATTACHMENT_MAX_MB = 10;
/** The formats an application's attachment may be in, named as people know them (format names stay Latin). */
export const ATTACHMENT_FORMATS_TEXT = 'PDF, Word (DOC, DOCX), Excel (XLS, XLSX), OpenDocument (ODT, ODS), JPEG, PNG';
