// The office's small marks for browsers and home screens: a favicon from its initials (when it has
// no logo) and the web app manifest.
import { toCyrillic } from '../i18n/script.ts';

/** Words that do not make an initial: "Канцеларија за младе" is "КМ", not "КЗМ"… unless short. */
const SMALL_WORDS = new Set(['за', 'и', 'у', 'на', 'од', 'са', 'of', 'for', 'and', 'the']);

/** Up to three initials of an office's name, in Cyrillic ("Kancelarija za mlade Ivanjica" → "КМИ"). */
export function officeInitials(name: string): string {
	const words = toCyrillic(name)
		.split(/[\s\-–—]+/)
		.map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
		.filter((word) => word && !SMALL_WORDS.has(word.toLowerCase()));
	const initials = words
		.slice(0, 3)
		.map((word) => word[0].toUpperCase())
		.join('');
	return initials || 'К';
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A square SVG icon with the office's initials on its colour. */
export function initialsIcon(initials: string, colour = '#1d4ed8'): string {
	const size = initials.length > 2 ? 34 : 44;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="${escapeXml(colour)}"/><text x="50" y="50" dy=".35em" text-anchor="middle" font-family="system-ui, sans-serif" font-weight="700" font-size="${size}" fill="#fff">${escapeXml(initials)}</text></svg>`;
}
