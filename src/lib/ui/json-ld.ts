/**
 * A schema.org JSON-LD script element for `{@html}` in `<svelte:head>`. The JSON is escaped so no
 * text inside it can close the element or open a comment, and the closing tag is assembled so that
 * no HTML or Svelte parser reads it as the end of the component's own script.
 */
export function jsonLdScript(data: Record<string, unknown>): string {
	const json = JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
	return '<script type="application/ld+json">' + json + '<' + '/script>';
}
