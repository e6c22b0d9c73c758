// Programme colours are picked by staff; the text on them must stay readable (WCAG AA).

function luminance(hex: string): number {
	const channel = (offset: number) => {
		const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
		return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** White or near-black, whichever contrasts more with a #rrggbb background. */
export function textColourOn(background: string): '#ffffff' | '#111827' {
	if (!/^#[0-9a-f]{6}$/i.test(background)) return '#ffffff';
	const light = luminance(background);
	const withWhite = 1.05 / (light + 0.05);
	const withDark = (light + 0.05) / (luminance('#111827') + 0.05);
	return withWhite >= withDark ? '#ffffff' : '#111827';
}
