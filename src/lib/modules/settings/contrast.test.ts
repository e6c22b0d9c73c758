import { describe, expect, it } from 'vitest';
import { AA_CONTRAST, contrastRatio, darken, isHexColour } from './contrast.ts';

describe('accent colour contrast', () => {
	it.each([
		['#000000', 21],
		['#ffffff', 1],
		['#0b5c8a', 7.21],
		['#767676', 4.54]
	])('%s against white has a ratio of about %f', (colour, ratio) => {
		expect(contrastRatio(colour, '#ffffff')).toBeCloseTo(ratio, 1);
	});

	it('tells colours white text can sit on from those it cannot', () => {
		expect(contrastRatio('#0b5c8a', '#ffffff')).toBeGreaterThanOrEqual(AA_CONTRAST);
		expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(AA_CONTRAST);
		expect(contrastRatio('#ffcc00', '#ffffff')).toBeLessThan(AA_CONTRAST);
		expect(contrastRatio('#7b2cbf', '#ffffff')).toBeGreaterThanOrEqual(AA_CONTRAST);
	});

	it('accepts only #rrggbb and darkens without leaving the colour space', () => {
		expect(isHexColour('#A1b2C3')).toBe(true);
		for (const bad of ['', 'red', '#abc', '#abcdefg', 'javascript:1', '#12345z']) expect(isHexColour(bad)).toBe(false);
		expect(darken('#ffffff')).toBe('#b3b3b3');
		expect(darken('#000000')).toBe('#000000');
		expect(contrastRatio(darken('#0b5c8a'), '#ffffff')).toBeGreaterThan(contrastRatio('#0b5c8a', '#ffffff'));
	});
});
