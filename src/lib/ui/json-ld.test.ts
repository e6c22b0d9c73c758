import { describe, expect, it } from 'vitest';
import { jsonLdScript } from './json-ld.ts';

describe('jsonLdScript', () => {
	it('wraps the data in one script element that staff text cannot break out of', () => {
		const html = jsonLdScript({ name: '</script><script>alert(1)</script> & <!--' });
		expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
		expect(html.match(/<\/script>/g)).toHaveLength(1);
		expect(html).not.toContain('<!--');
		const json = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
		expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script> & <!--' });
	});
});
