// Text typed by mistake inside <svelte:head> (a stray comma after a block) is moved by the browser into the
// top of the page, where every visitor sees it. Nothing but elements and blocks may stand there.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function svelteFiles(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const full = path.join(folder, name);
		if (statSync(full).isDirectory()) return svelteFiles(full);
		return name.endsWith('.svelte') ? [full] : [];
	});
}

/** Removes `{…}` expressions and blocks, nested braces and strings included. */
function withoutBraces(text: string): string {
	let depth = 0;
	let out = '';
	for (const character of text) {
		if (character === '{') depth++;
		else if (character === '}') depth = Math.max(0, depth - 1);
		else if (depth === 0) out += character;
	}
	return out;
}

/** What a <svelte:head> block holds as loose text: not inside an element, a block or a comment. */
export function looseHeadText(source: string): string[] {
	const heads = [...source.matchAll(/<svelte:head>([\s\S]*?)<\/svelte:head>/g)].map((match) => match[1]);
	return heads
		.map((head) =>
			withoutBraces(
				head
					.replace(/<!--[\s\S]*?-->/g, '')
					.replace(/<(title|script|style|noscript)\b[\s\S]*?<\/\1\s*>/g, '')
					.replace(/<[^>]*>/g, '')
			).trim()
		)
		.filter((text) => text !== '');
}

describe('<svelte:head>', () => {
	it('finds loose text', () => {
		expect(looseHeadText('<svelte:head>{#if a}<link rel="x" />{/if},</svelte:head>')).toEqual([',']);
		expect(
			looseHeadText('<svelte:head><title>{t}</title>{#if a}<meta name="a" content={b} />{/if}</svelte:head>')
		).toEqual([]);
	});

	it('holds no loose text in any component or page', () => {
		const offenders = svelteFiles('src')
			.map((file) => ({ file, text: looseHeadText(readFileSync(file, 'utf8')) }))
			.filter((entry) => entry.text.length > 0);
		expect(offenders).toEqual([]);
	});
});
