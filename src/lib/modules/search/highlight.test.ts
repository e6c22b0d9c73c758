import { describe, expect, it } from 'vitest';
import { highlightMatches } from './highlight.ts';

const marked = (text: string, query: string) =>
	highlightMatches(text, query)
		.filter((part) => part.isMatch)
		.map((part) => part.text);

describe('highlightMatches', () => {
	it('marks words across scripts and diacritics', () => {
		expect(marked('Омладински клуб у Ивањици', 'omladinski')).toEqual(['Омладински']);
		expect(marked('Удружење Шумадија', 'sumadija')).toEqual(['Шумадија']);
		expect(marked('Konkurs za Čačak', 'cacak')).toEqual(['Čačak']);
	});

	it('marks inflected forms by their beginning', () => {
		expect(marked('Радионице за младе и радионица цртања', 'радионица')).toEqual(['Радионице', 'радионица']);
		expect(marked('Радионице за младе', 'radionic')).toEqual(['Радионице']);
	});

	it('keeps the whole text in order', () => {
		const parts = highlightMatches('Erasmus+ razmena, rok 15. mart', 'razmena');
		expect(parts.map((part) => part.text).join('')).toBe('Erasmus+ razmena, rok 15. mart');
		expect(parts.filter((part) => part.isMatch).map((part) => part.text)).toEqual(['razmena']);
	});

	it('ignores one-letter queries', () => {
		expect(marked('и у а', 'u')).toEqual([]);
	});
});
