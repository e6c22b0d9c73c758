// The office's accent colour carries white text (buttons, the header), so it must reach the WCAG AA
// contrast ratio for normal text against white: 4.5:1.

/** The AA ratio for normal-size text. */
export const AA_CONTRAST = 4.5;

const HEX = /^#[0-9a-f]{6}$/i;

/** Whether a value is a colour as the setting stores it: `#rrggbb`. */
export function isHexColour(value: string): boolean {
	return HEX.test(value);
}

function channels(hex: string): [number, number, number] {
	return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2.x) of a `#rrggbb` colour. */
export function luminance(hex: string): number {
	const [r, g, b] = channels(hex).map((value) => {
		const c = value / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(first: string, second: string): number {
	const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
	return (light + 0.05) / (dark + 0.05);
}

/** The same colour mixed with black (for hover and the darker band of the header). */
export function darken(hex: string, amount = 0.3): string {
	return (
		'#' +
		channels(hex)
			.map((value) =>
				Math.round(value * (1 - amount))
					.toString(16)
					.padStart(2, '0')
			)
			.join('')
	);
}
