import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { writeSheet } from '#lib/server/spreadsheet.ts';
import { createI18n } from '#lib/i18n/index.ts';
import { canManageParticipation } from '#lib/modules/participation/permissions.server.ts';
import { getRound, listBudgetCodes } from '#lib/modules/participation/budget-queries.server.ts';

/** The unused codes of a batch as CSV, for a school's own mail merge or printing. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageParticipation(locals.actor));
		const ctx = await contextFor(locals);
		const round = await getRound(ctx.db, ctx.officeId, params.id);
		if (!round) error(404, 'error.404.text');
		const codes = await listBudgetCodes(ctx.db, round.id, url.searchParams.get('batch') ?? undefined);
		const i18n = createI18n(locals.locale);
		const file = await writeSheet(
			'csv',
			'codes',
			i18n.t('participation.admin.codes'),
			[i18n.t('participation.admin.column.code'), i18n.t('participation.admin.column.batch')],
			codes.filter((code) => !code.usedAt).map((code) => [code.code, code.batch])
		);
		return new Response(file.body as BodyInit, {
			headers: {
				'content-type': file.contentType,
				'content-disposition': `attachment; filename="${file.filename}"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
