import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { wallClock } from '../../../i18n/office-time.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { organisations } from '../schema.ts';
import { issueConfirmation } from '../confirmations.server.ts';

/** Staff send the "still active?" e-mail to one organisation now; an earlier link of this year stops working. */
export async function sendConfirmationNow(
	ctx: Context,
	options: { organisationId: string; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.organisationId)) throw new AppError('not_found', 'error.404.text');
	const now = options.now ?? new Date();
	await ctx.db.transaction(async (tx) => {
		const [target] = await tx
			.select({
				id: organisations.id,
				officeId: organisations.officeId,
				name: organisations.name,
				email: organisations.email
			})
			.from(organisations)
			.where(and(eq(organisations.officeId, ctx.officeId), eq(organisations.id, options.organisationId)));
		if (!target) throw new AppError('not_found', 'error.404.text');
		if (!target.email) throw new AppError('invalid', 'organisations.confirm.noEmail');
		await issueConfirmation(tx, target, { year: wallClock(now).year, now, replace: true, actor });
	});
}
