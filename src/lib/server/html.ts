// Rich text from the editor is cleaned on the server against an allow-list before it is stored:
// nothing a staff account types can run script in a visitor's browser.
import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = [
	'p',
	'br',
	'h2',
	'h3',
	'h4',
	'strong',
	'b',
	'em',
	'i',
	'u',
	's',
	'ul',
	'ol',
	'li',
	'blockquote',
	'a',
	'img',
	'figure',
	'figcaption',
	'hr',
	'code',
	'pre',
	'span',
	'table',
	'thead',
	'tbody',
	'tr',
	'th',
	'td'
];

const OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: ALLOWED_TAGS,
	allowedAttributes: {
		// data-document names a document of the library embedded by the editor (completed on save).
		a: ['href', 'title', 'lang', 'hreflang', 'data-document', 'data-format', 'data-size'],
		img: ['src', 'alt', 'width', 'height', 'srcset', 'sizes', 'loading', 'lang'],
		// lang marks words kept in their own language (and script); translate="no" likewise.
		span: ['lang', 'translate', 'class'],
		p: ['lang'],
		blockquote: ['lang', 'cite'],
		th: ['scope', 'colspan', 'rowspan'],
		td: ['colspan', 'rowspan']
	},
	allowedClasses: { span: ['notranslate'] },
	allowedSchemes: ['http', 'https', 'mailto', 'tel'],
	allowedSchemesByTag: { img: ['http', 'https'] },
	allowProtocolRelative: false,
	// Images come from our own media library or a full https address.
	transformTags: {
		a: (tagName, attribs) => {
			const external = /^https?:\/\//i.test(attribs.href ?? '');
			return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer' } : attribs };
		},
		img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy', alt: attribs.alt ?? '' } })
	},
	allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
	disallowedTagsMode: 'discard'
};

// rel is added by the transform above, so it must survive the filter.
(OPTIONS.allowedAttributes as Record<string, string[]>).a.push('rel');

/** Cleans editor HTML: allowed tags and attributes only, no scripts, no event handlers, no javascript: links. */
export function sanitizeRichText(html: string): string {
	return sanitizeHtml(html, OPTIONS).trim();
}

/** The readable text of some HTML, for search and summaries. */
export function htmlToText(html: string): string {
	return sanitizeHtml(
		html.replace(/<\/(p|h[1-6]|li|blockquote|tr|figcaption)>/gi, '$&\n\n').replace(/<br\s*\/?>/gi, '\n'),
		{
			allowedTags: [],
			allowedAttributes: {}
		}
	)
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/[ \t]+/g, ' ')
		.replace(/\n\s*\n+/g, '\n\n')
		.trim();
}

/** Turns plain paragraphs (blank-line separated) into safe HTML, for text typed without the editor. */
export function paragraphsToHtml(text: string): string {
	return text
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.trim())
		.filter(Boolean)
		.map(
			(paragraph) =>
				`<p>${sanitizeHtml(paragraph, { allowedTags: [], allowedAttributes: {} }).replace(/\n/g, '<br>')}</p>`
		)
		.join('');
}

/** Site paths in HTML (src, href and every srcset candidate) made absolute, as feed readers need. */
export function absoluteUrlsInHtml(html: string, origin: string): string {
	return html
		.replace(/(\s(?:src|href)=")\/(?!\/)/g, `$1${origin}/`)
		.replace(/(\ssrcset=")([^"]*)"/g, (_, start: string, list: string) => {
			const absolute = list.replace(/(^|,\s*)\/(?!\/)/g, `$1${origin}/`);
			return `${start}${absolute}"`;
		});
}
