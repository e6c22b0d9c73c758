import QRCode from 'qrcode';
import type { PageServerLoad } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { publicLink } from '#lib/server/links.ts';
import { getSurveyForAdmin, listInvitationCodes } from '#lib/modules/surveys/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const { survey } = await getSurveyForAdmin(ctx, params.id);
		const batch = url.searchParams.get('batch') ?? '';
		const codes = (await listInvitationCodes(ctx, survey.id, batch)).filter((code) => !code.usedAt);
		const address = publicLink(locals.office, `/surveys/${survey.slug}`, locals.locale);
		// One QR code per slip, each with its code in the address, so scanning fills the code in.
		const slips = await Promise.all(
			codes.map(async ({ code }) => ({
				code,
				qr: await QRCode.toString(`${address}?code=${code}`, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })
			}))
		);
		return { survey: { id: survey.id, title: survey.title, titleEn: survey.titleEn }, batch, address, slips };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
