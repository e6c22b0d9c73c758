import type { RequestHandler } from './$types';
import { officeInitials } from '#lib/server/brand.ts';

/** The web app manifest: the office's name, and its logo or its initials as the icon. */
export const GET: RequestHandler = ({ locals }) => {
	const office = locals.office;
	const name = office?.name ?? 'КЗМ';
	const icons = [
		...(office?.logoMime
			? [{ src: `/logo?v=${office.logoUpdatedAt?.getTime() ?? 1}`, type: office.logoMime, sizes: 'any' }]
			: []),
		{ src: '/favicon.svg', type: 'image/svg+xml', sizes: 'any' }
	];
	const manifest = {
		name,
		short_name: name.length > 12 ? officeInitials(name) : name,
		lang: 'sr',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#1d4ed8',
		icons
	};
	return new Response(JSON.stringify(manifest), {
		headers: { 'content-type': 'application/manifest+json; charset=utf-8', 'cache-control': 'public, max-age=3600' }
	});
};
