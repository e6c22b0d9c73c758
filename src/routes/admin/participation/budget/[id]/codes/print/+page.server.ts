import QRCode from 'qrcode';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { publicLink } from '#lib/server/links.ts';
import { canManageParticipation } from '#lib/modules/participation/permissions.server.ts';
import { getRound, listBudgetCodes } from '#lib/modules/participation/budget-queries.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageParticipation(locals.actor));
		const ctx = await contextFor(locals);
		const round = await getRound(ctx.db, ctx.officeId, params.id);
		if (!round) error(404, 'error.404.text');
		const batch = url.searchParams.get('batch') ?? '';
		const codes = (await listBudgetCodes(ctx.db, round.id, batch)).filter((code) => !code.usedAt);
		const address = publicLink(locals.office, '/budget/vote', locals.locale);
		// One QR code per slip with its code in the address, so scanning fills the code in.
		const slips = await Promise.all(
			codes.map(async ({ code }) => ({
				code,
				qr: await QRCode.toString(`${address}?code=${code}`, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })
			}))
		);
		return { round: { id: round.id, title: round.title, titleEn: round.titleEn }, batch, address, slips };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
