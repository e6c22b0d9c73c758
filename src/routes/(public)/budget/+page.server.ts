import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { projectInput } from '#lib/modules/participation/inputs.ts';
import { getCurrentRound, getRoundResults, listProjects } from '#lib/modules/participation/budget-queries.server.ts';
import { proposeProject } from '#lib/modules/participation/commands/budget.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const round = await getCurrentRound(db, locals.office.id, new Date());
	if (!round) return { round: null, projects: [], results: null };
	const showResults = round.phase === 'results' || round.phase === 'implementation';
	const [projects, results] = await Promise.all([
		listProjects(db, round.id),
		showResults ? getRoundResults(db, round) : null
	]);
	return {
		round,
		projects: projects.map((project) => ({
			id: project.id,
			title: project.title,
			description: project.description,
			estimatedCost: project.estimatedCost,
			finalCost: project.finalCost,
			feasibility: project.feasibility,
			feasibilityReason: project.feasibilityReason
		})),
		results
	};
};

export const actions: Actions = {
	propose: async ({ request, locals, url, cookies }) => {
		if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
		const formData = await request.formData();
		const parsed = parseForm(projectInput, formData);
		if (!parsed.ok) return parsed.failure;
		try {
			await proposeProject(await contextFor(locals), {
				roundId: String(formData.get('roundId') ?? ''),
				input: parsed.data
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.budget.proposed');
		redirect(303, url.pathname);
	}
};
