import { eq } from 'drizzle-orm';
import { users } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Actor, type Context } from '../../../server/actor.ts';
import type { Database } from '../../../server/db/client.ts';
import type { AccountGender } from '../inputs.ts';

/** What an account keeps so forms need not ask again. */
export interface AccountProfileValues {
	birthYear: number;
	gender: AccountGender | null;
	place: string;
}

/**
 * Keeps the values on the actor's account with the moment of their consent, inside the caller's
 * transaction (the account page, or a registration whose "save to my account" box was ticked), and
 * audits it with where the consent was given. Only which fields are kept is audited, never the values.
 */
export async function storeAccountProfile(
	tx: Database,
	options: { officeId: string; actor: Actor; values: AccountProfileValues; via: 'account' | 'registration' }
): Promise<void> {
	const { values, actor } = options;
	await tx
		.update(users)
		.set({
			birthYear: values.birthYear,
			gender: values.gender,
			place: values.place.trim() || null,
			profileConsentAt: new Date()
		})
		.where(eq(users.id, actor.userId));
	await recordAudit(tx, {
		officeId: options.officeId,
		actor,
		action: 'accounts.profile_saved',
		entityType: 'user',
		entityId: actor.userId,
		details: {
			consent: 'account-profile',
			via: options.via,
			fields: ['birthYear', ...(values.gender ? ['gender'] : []), ...(values.place.trim() ? ['place'] : [])]
		}
	});
}

/** Saves the year of birth, gender and place the signed-in person chose to keep on their account. */
export async function saveAccountProfile(ctx: Context, values: AccountProfileValues): Promise<void> {
	authorize(ctx.actor, true);
	const actor = ctx.actor;
	await ctx.db.transaction((tx) => storeAccountProfile(tx, { officeId: ctx.officeId, actor, values, via: 'account' }));
}

/** Removes all of them, and the consent with them: forms ask again from then on. */
export async function clearAccountProfile(ctx: Context): Promise<void> {
	authorize(ctx.actor, true);
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		await tx
			.update(users)
			.set({ birthYear: null, gender: null, place: null, profileConsentAt: null })
			.where(eq(users.id, actor.userId));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'accounts.profile_cleared',
			entityType: 'user',
			entityId: actor.userId
		});
	});
}
