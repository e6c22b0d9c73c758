import type { RequestHandler } from './$types';
import { publicBaseUrl } from '#lib/server/links.ts';

/** Crawlers may read the portal, not the back-office or personal pages. */
export const GET: RequestHandler = ({ locals }) => {
	const origin = publicBaseUrl(locals.office);
	const privatePaths = [
		'/admin',
		'/account',
		'/sign-in',
		'/sign-up',
		'/forgot-password',
		'/reset-password',
		'/setup',
		'/search'
	];
	const lines = [
		'User-agent: *',
		...['', '/lat', '/en'].flatMap((prefix) => privatePaths.map((path) => `Disallow: ${prefix}${path}`)),
		'',
		`Sitemap: ${origin}/sitemap.xml`,
		''
	];
	return new Response(lines.join('\n'), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
