import type { I18n } from '../../i18n/index.ts';

/** A file size as readers expect it: kilobytes below one megabyte, megabytes with one decimal above. */
export function fileSizeText(i18n: Pick<I18n, 't'>, bytes: number): string {
	if (bytes < 1024 * 1024) return i18n.t('documents.size.kb', { size: Math.max(1, Math.round(bytes / 1024)) });
	return i18n.t('documents.size.mb', { size: Math.round((bytes / 1024 / 1024) * 10) / 10 });
}
