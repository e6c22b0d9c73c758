import { describe, expect, it } from 'vitest';
import { absoluteUrlsInHtml, htmlToText, paragraphsToHtml, sanitizeRichText } from './html.ts';

describe('sanitizeRichText', () => {
	it.each([
		['<p>Здраво<script>alert(1)</script></p>', '<p>Здраво</p>'],
		['<p onclick="alert(1)">Текст</p>', '<p>Текст</p>'],
		['<a href="javascript:alert(1)">веза</a>', '<a>веза</a>'],
		['<a href="JaVaScRiPt:alert(1)">веза</a>', '<a>веза</a>'],
		['<img src="x" onerror="alert(1)">', '<img src="x" loading="lazy" alt="" />'],
		['<img src="data:image/png;base64,AAA" alt="x">', '<img alt="x" loading="lazy" />'],
		['<iframe src="https://evil.example"></iframe><p>ok</p>', '<p>ok</p>'],
		['<style>body{display:none}</style><p>ok</p>', '<p>ok</p>'],
		['<svg onload="alert(1)"><circle/></svg>', ''],
		['<p style="color:red">boja</p>', '<p>boja</p>']
	])('removes what could run or hide: %s', (input, expected) => {
		expect(sanitizeRichText(input)).toBe(expected);
	});

	it('keeps the formatting an editor produces', () => {
		const html =
			'<h2>Наслов</h2><p><strong>јако</strong> и <em>косо</em>, <a href="https://mladi.rs">веза</a></p><ul><li>један</li></ul><blockquote>цитат</blockquote><p><span lang="en">Erasmus+</span></p>';
		expect(sanitizeRichText(html)).toBe(
			'<h2>Наслов</h2><p><strong>јако</strong> и <em>косо</em>, <a href="https://mladi.rs" rel="noopener noreferrer">веза</a></p><ul><li>један</li></ul><blockquote>цитат</blockquote><p><span lang="en">Erasmus+</span></p>'
		);
	});

	it('keeps local media links and mailto links', () => {
		expect(
			sanitizeRichText('<img src="/media/abc/800.webp" alt="Радионица"><a href="mailto:kzm@ivanjica.rs">пиши</a>')
		).toBe('<img src="/media/abc/800.webp" alt="Радионица" loading="lazy" /><a href="mailto:kzm@ivanjica.rs">пиши</a>');
	});
});

describe('htmlToText and paragraphsToHtml', () => {
	it('extracts readable text with paragraph breaks', () => {
		expect(htmlToText('<h2>Наслов</h2><p>Први &amp; други</p><p>Трећи<br>ред</p>')).toBe(
			'Наслов\n\nПрви & други\n\nТрећи\nред'
		);
	});

	it('turns plain paragraphs into escaped HTML', () => {
		expect(paragraphsToHtml('Први <b>пасус</b>\n\nДруги\nред')).toBe('<p>Први пасус</p><p>Други<br>ред</p>');
	});
});

describe('absoluteUrlsInHtml', () => {
	it('prefixes site paths in src, href and every srcset candidate, leaving full and protocol-relative addresses', () => {
		const html =
			'<a href="/documents/1/a.pdf">a</a><a href="https://x.test/">x</a><img src="//cdn.test/i.jpg" />' +
			'<picture><source srcset="/media/1/320.avif 320w, /media/1/640.avif 640w" /><img src="/media/1/640.jpeg" /></picture>';
		expect(absoluteUrlsInHtml(html, 'https://mladi.test')).toBe(
			'<a href="https://mladi.test/documents/1/a.pdf">a</a><a href="https://x.test/">x</a><img src="//cdn.test/i.jpg" />' +
				'<picture><source srcset="https://mladi.test/media/1/320.avif 320w, https://mladi.test/media/1/640.avif 640w" />' +
				'<img src="https://mladi.test/media/1/640.jpeg" /></picture>'
		);
	});
});
