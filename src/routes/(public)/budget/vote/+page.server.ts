import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { ballotInput, profileInput } from '#lib/modules/participation/inputs.ts';
import { getCurrentRound, getOwnBallot, listProjects } from '#lib/modules/participation/budget-queries.server.ts';
import { castBallot } from '#lib/modules/participation/commands/cast-ballot.server.ts';
import { saveProfile } from '#lib/modules/participation/commands/save-profile.server.ts';
import { getProfile } from '#lib/modules/participation/commands/shared.server.ts';
import { hasRedeemedCode } from '#lib/modules/participation/commands/budget-codes.server.ts';

async function currentRound(locals: App.Locals) {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const round = await getCurrentRound(db, locals.office.id, new Date());
	if (!round) error(404, 'error.404.text');
	return { db, round };
}

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.actor)
		redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, locals.locale));
	const { db, round } = await currentRound(locals);
	const [projects, ballot, profile, redeemed] = await Promise.all([
		listProjects(db, round.id, { feasibleOnly: true }),
		getOwnBallot(db, round.id, locals.actor.userId),
		getProfile(db, round.officeId, locals.actor.userId),
		round.requiresCode ? hasRedeemedCode(db, round.id, locals.actor.userId) : true
	]);
	return {
		round: {
			id: round.id,
			title: round.title,
			titleEn: round.titleEn,
			amount: round.amount,
			rule: round.rule,
			maxChoices: round.maxChoices,
			phase: round.phase
		},
		projects: projects.map((project) => ({
			id: project.id,
			title: project.title,
			description: project.description,
			cost: project.finalCost ?? 0
		})),
		ballot,
		hasProfile: profile !== null,
		/** The round asks for an invitation code and this voter has not entered one yet. */
		needsCode: !redeemed,
		/** The code in the address of a printed slip's QR code. */
		codeFromLink: (url.searchParams.get('code') ?? '').slice(0, 20)
	};
};

export const actions: Actions = {
	profile: async ({ request, locals, url }) => {
		const parsed = parseForm(profileInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await saveProfile(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		redirect(303, url.pathname);
	},
	/** Recomputes the total of the ticked projects without saving (the running total without script). */
	check: async ({ request }) => {
		const parsed = parseForm(ballotInput, await request.formData(), ['projects']);
		if (!parsed.ok) return parsed.failure;
		return { values: parsed.values, checked: true };
	},
	cast: async ({ request, locals, cookies }) => {
		const { round } = await currentRound(locals);
		const parsed = parseForm(ballotInput, await request.formData(), ['projects']);
		if (!parsed.ok) return parsed.failure;
		let replaced: boolean;
		try {
			({ replaced } = await castBallot(await contextFor(locals), {
				roundId: round.id,
				projectIds: parsed.data.projects,
				code: parsed.data.code
			}));
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, replaced ? 'participation.ballot.replaced' : 'participation.ballot.saved');
		redirect(303, localizePath('/budget/vote', locals.locale));
	}
};
