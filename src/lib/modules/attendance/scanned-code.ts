/**
 * The check-in code in what a scanner read or a person typed: the code itself, or a link that
 * carries it (as the last part of the path or a `code` parameter). Spaces and dashes are ignored.
 */
export function codeFromScan(scanned: string): string {
	let text = scanned.trim();
	if (/^https?:\/\//i.test(text)) {
		try {
			const url = new URL(text);
			text = url.searchParams.get('code') ?? url.pathname.split('/').filter(Boolean).pop() ?? '';
		} catch {
			return '';
		}
	}
	return text.replace(/[\s-]+/g, '').toUpperCase();
}
