import { and, eq } from 'drizzle-orm';
import { programmes } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import type { ProgrammeInput } from '../inputs.ts';
import { canManageEvents } from '../permissions.server.ts';

/** Saves a programme's names, descriptions and colour; its address stays so shared links keep working. */
export async function updateProgramme(ctx: Context, options: ProgrammeInput & { id: string }): Promise<void> {
	authorize(ctx.actor, canManageEvents(ctx.actor));
	const actor = ctx.actor;
	const { id, ...input } = options;
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [updated] = await tx
			.update(programmes)
			.set({ ...input, updatedAt: new Date() })
			.where(and(eq(programmes.officeId, ctx.officeId), eq(programmes.id, id)))
			.returning({ id: programmes.id });
		if (!updated) throw new AppError('not_found', 'error.404.text');
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'events.programme.updated',
			entityType: 'programme',
			entityId: id,
			details: { name: input.name }
		});
	});
}
