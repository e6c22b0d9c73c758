import type { Reroute } from '@sveltejs/kit/hooks';
import { stripLocale } from '#lib/i18n/locale.ts';

/** /lat/… and /en/… render the same routes as the Cyrillic paths; the prefix only picks the locale. */
export const reroute: Reroute = ({ url }) => stripLocale(url.pathname);
