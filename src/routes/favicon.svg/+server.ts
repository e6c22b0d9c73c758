import type { RequestHandler } from './$types';
import { initialsIcon, officeInitials } from '#lib/server/brand.ts';

/** The office's initials as an icon, for browsers and as the web app's icon when there is no logo. */
export const GET: RequestHandler = ({ locals }) =>
	new Response(initialsIcon(officeInitials(locals.office?.name ?? 'КЗМ')), {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'cache-control': 'public, max-age=3600',
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'"
		}
	});
