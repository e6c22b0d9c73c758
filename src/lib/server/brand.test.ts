import { describe, expect, it } from 'vitest';
import { initialsIcon, officeInitials } from './brand.ts';

describe('the office’s icon', () => {
	it('takes the initials of the name in Cyrillic, leaving out small words', () => {
		expect(officeInitials('Канцеларија за младе Ивањица')).toBe('КМИ');
		expect(officeInitials('Kancelarija za mlade')).toBe('КМ');
		expect(officeInitials('')).toBe('К');
	});
	it('draws them as an SVG, escaping what could break out of the text', () => {
		const svg = initialsIcon('К<М');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svg).toContain('К&#60;М');
	});
});
