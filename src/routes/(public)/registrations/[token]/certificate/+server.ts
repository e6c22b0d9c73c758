import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { getCertificateForToken } from '#lib/modules/attendance/certificates.server.ts';

/** The certificate of attendance the private link opens, once the person was checked in. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const ctx = await contextFor(locals);
	const certificate = await getCertificateForToken(ctx.db, { officeId: ctx.officeId, token: params.token });
	if (!certificate) error(404, 'error.404.text');
	return new Response(certificate.pdf as BodyInit, {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `inline; filename="${certificate.filename}"`,
			'cache-control': 'private, no-store',
			'referrer-policy': 'no-referrer'
		}
	});
};
