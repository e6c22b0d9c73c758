import { describe, expect, it } from 'vitest';
import { labelDocumentLinks } from './rich-text.ts';
import { sanitizeRichText } from '../server/html.ts';

const id = '0b7f3a52-3f0e-4a4f-9d53-2a1c8d6e4b10';
const describeFile = (format: string, size: number) => `${format.toUpperCase()}, ${Math.round(size / 1024)} KB`;

describe('labelDocumentLinks', () => {
	it('turns a completed document link into a download card with type and size', () => {
		const html = `<p><a href="/documents/${id}/plan.pdf" data-document="${id}" data-format="pdf" data-size="204800">План</a></p>`;
		expect(labelDocumentLinks(html, describeFile)).toBe(
			`<p><a class="document-link" download href="/documents/${id}/plan.pdf" data-document="${id}" data-format="pdf" data-size="204800">` +
				'<span class="document-link-title">План</span> <span class="document-link-meta">PDF, 200 KB</span></a></p>'
		);
	});

	it('leaves ordinary and incomplete links alone, and escapes the label', () => {
		const plain = '<p><a href="https://example.org">веза</a></p>';
		expect(labelDocumentLinks(plain, describeFile)).toBe(plain);
		const incomplete = `<p><a href="/documents/${id}" data-document="${id}">План</a></p>`;
		expect(labelDocumentLinks(incomplete, describeFile)).toBe(incomplete);
		const html = `<a href="/d" data-document="${id}" data-format="pdf" data-size="1">x</a>`;
		expect(labelDocumentLinks(html, () => '<script>')).toContain('&lt;script&gt;');
	});

	it('survives the sanitiser, which keeps the document marks and nothing else new', () => {
		const stored = sanitizeRichText(
			`<p><a href="/documents/${id}" data-document="${id}" data-format="pdf" data-size="10" data-x="1" onclick="x()">План</a></p>`
		);
		expect(stored).toBe(
			`<p><a href="/documents/${id}" data-document="${id}" data-format="pdf" data-size="10">План</a></p>`
		);
	});
});
