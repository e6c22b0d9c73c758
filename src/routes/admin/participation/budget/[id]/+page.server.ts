import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { ballotInput, progressInput, reviewInput } from '#lib/modules/participation/inputs.ts';
import { canManageParticipation } from '#lib/modules/participation/permissions.server.ts';
import { getRound, getRoundResults, listProjects } from '#lib/modules/participation/budget-queries.server.ts';
import { reviewProject, updateProjectProgress } from '#lib/modules/participation/commands/budget.server.ts';
import { enterPaperBallot } from '#lib/modules/participation/commands/cast-ballot.server.ts';
import { budgetPhase } from '#lib/modules/participation/rules.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageParticipation(locals.actor));
		const ctx = await contextFor(locals);
		const round = await getRound(ctx.db, ctx.officeId, params.id);
		if (!round) error(404, 'error.404.text');
		const [projects, results] = await Promise.all([listProjects(ctx.db, round.id), getRoundResults(ctx.db, round)]);
		return { round: { ...round, phase: budgetPhase(round, new Date()) }, projects, results };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	review: async ({ request, locals, url, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		const formData = await request.formData();
		const parsed = parseForm(reviewInput, formData);
		if (!parsed.ok) return parsed.failure;
		try {
			await reviewProject(await contextFor(locals), {
				projectId: String(formData.get('projectId') ?? ''),
				...parsed.data
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.admin.reviewed');
		redirect(303, url.pathname);
	},
	progress: async ({ request, locals, url, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		const formData = await request.formData();
		const parsed = parseForm(progressInput, formData);
		if (!parsed.ok) return parsed.failure;
		try {
			await updateProjectProgress(await contextFor(locals), {
				projectId: String(formData.get('projectId') ?? ''),
				...parsed.data
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.admin.progressSaved');
		redirect(303, url.pathname);
	},
	paper: async ({ request, locals, params, url, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		const parsed = parseForm(ballotInput, await request.formData(), ['projects']);
		if (!parsed.ok) return parsed.failure;
		try {
			await enterPaperBallot(await contextFor(locals), { roundId: params.id, projectIds: parsed.data.projects });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.admin.paperSaved');
		redirect(303, url.pathname);
	}
};
