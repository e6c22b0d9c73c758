import type { RequestHandler } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { readContractScan } from '#lib/modules/volunteering/contract-scan.server.ts';

/** The signed contract's scan, for the volunteer and staff only (the command checks and audits). */
export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const file = await readContractScan(await contextFor(locals), params.applicationId);
		return new Response(file.bytes as BodyInit, {
			headers: {
				'content-type': file.mime,
				'content-disposition': `attachment; filename="${file.name}"`,
				'cache-control': 'private, no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
