// The "·" between facts has a space on each side on every screen (13.9). The public pages are
// checked as rendered by the crawler (e2e/visitor-crawls-portal-in-three-locales.e2e.ts); this
// checks every component's source, back-office included, for a "·" glued to what comes before
// or after it, including across `{#if}` blocks ("{title}{#if when}· {when}{/if}").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return svelteFiles(full);
		return full.endsWith('.svelte') ? [full] : [];
	});
}

describe('the "·" separator', () => {
	it('has a space (or a line break) on each side in every component', () => {
		const glued: string[] = [];
		for (const file of svelteFiles('src')) {
			const markup = readFileSync(file, 'utf8').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
			markup.split('\n').forEach((line, index) => {
				// Block tags render nothing: what matters is the text on either side once they are gone.
				const text = line.replace(/&nbsp;/g, ' ').replace(/\{[#:/](if|else|each)[^}]*\}/g, '');
				if (/[^\s>"'`·]·|·[^\s<"'`·]/u.test(text)) glued.push(`${file}:${index + 1}: ${line.trim()}`);
			});
		}
		expect(glued).toEqual([]);
	});
});
