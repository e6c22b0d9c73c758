import { describe, expect, it } from 'vitest';
import { textColourOn } from './colour.ts';

describe('textColourOn', () => {
	it('puts white on dark colours and dark text on light ones', () => {
		expect(textColourOn('#1d4ed8')).toBe('#ffffff');
		expect(textColourOn('#047857')).toBe('#ffffff');
		expect(textColourOn('#fde047')).toBe('#111827');
		expect(textColourOn('#ffffff')).toBe('#111827');
	});
});
