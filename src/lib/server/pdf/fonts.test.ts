// The font fix that keeps subset PDFs readable: every glyph padded to four bytes, nothing else changed.
import { describe, expect, it } from 'vitest';
import fontkit from '@pdf-lib/fontkit';
import regularFontUrl from './fonts/NotoSans-Regular.ttf?inline';
import { REGULAR_FONT } from './fonts.server.ts';

const original = Buffer.from(regularFontUrl.slice(regularFontUrl.indexOf(',') + 1), 'base64');

describe('the padded font', () => {
	it('has every glyph at a multiple of four bytes, where the original has odd lengths', () => {
		const before = fontkit.create(original) as unknown as { loca: { offsets: number[] } };
		const after = fontkit.create(REGULAR_FONT) as unknown as {
			loca: { offsets: number[] };
			head: { indexToLocFormat: number };
		};
		const lengths = (offsets: number[]) => offsets.slice(1).map((offset, index) => offset - offsets[index]);
		expect(lengths(before.loca.offsets).some((length) => length % 2 === 1)).toBe(true);
		expect(lengths(after.loca.offsets).every((length) => length % 4 === 0)).toBe(true);
		expect(after.head.indexToLocFormat).toBe(1);
	});

	it('draws the same letters, Latin and Cyrillic', () => {
		const before = fontkit.create(original);
		const after = fontkit.create(REGULAR_FONT);
		for (const text of ['Канцеларија за младе', 'Kancelarija za mlade, Đurđevdan']) {
			const paths = (font: typeof before) => font.layout(text).glyphs.map((glyph) => glyph.path.toSVG());
			expect(paths(after)).toEqual(paths(before));
			expect(after.layout(text).advanceWidth).toBe(before.layout(text).advanceWidth);
		}
	});
});
