// What public pages do to stored rich text at render time, kept to one cheap string pass: document
// links (completed on save with format and size) become download cards saying what the file is.

const DOCUMENT_LINK = /(<a\b[^>]*\sdata-document="[0-9a-f-]{36}"[^>]*>)([\s\S]*?)<\/a>/gi;

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Marks each embedded document link as a download card and adds its type and size in the reader's
 * words (`describe('pdf', 123456)` → "PDF, 121 KB"). Links without a known format are left alone.
 */
export function labelDocumentLinks(html: string, describe: (format: string, size: number) => string): string {
	if (!html.includes('data-document=')) return html;
	return html.replace(DOCUMENT_LINK, (whole, open: string, inner: string) => {
		const format = /\sdata-format="([a-z0-9]{1,8})"/i.exec(open)?.[1];
		const size = /\sdata-size="(\d{1,15})"/.exec(open)?.[1];
		if (!format || !size) return whole;
		return (
			`${open.replace(/^<a\b/i, '<a class="document-link" download')}` +
			`<span class="document-link-title">${inner}</span> ` +
			`<span class="document-link-meta">${escapeHtml(describe(format, Number(size)))}</span></a>`
		);
	});
}
