import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { MAX_IMAGES, projectInput } from '#lib/modules/participation/inputs.ts';
import { getMediaForDisplay } from '#lib/modules/media/queries.server.ts';
import { takeContributedImages } from '#lib/modules/media/upload-from-form.server.ts';
import { getCurrentRound, getRoundResults, listProjects } from '#lib/modules/participation/budget-queries.server.ts';
import { proposeProject } from '#lib/modules/participation/commands/budget.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const round = await getCurrentRound(db, locals.office.id, new Date());
	if (!round) return { round: null, projects: [], results: null, maxImages: MAX_IMAGES };
	const showResults = round.phase === 'results' || round.phase === 'implementation';
	const [projects, results] = await Promise.all([
		listProjects(db, round.id),
		showResults ? getRoundResults(db, round) : null
	]);
	const media = await getMediaForDisplay(
		db,
		locals.office.id,
		projects.flatMap((project) => project.imageIds)
	);
	return {
		round,
		maxImages: MAX_IMAGES,
		projects: projects.map((project) => ({
			images: project.imageIds.flatMap((id) => media.get(id) ?? []),
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
		const ctx = await contextFor(locals);
		// Images first, so a form refused for another reason keeps them (see takeContributedImages).
		const imageErrors = await takeContributedImages(ctx, formData, {
			max: MAX_IMAGES,
			alt: String(formData.get('imageAlt') ?? '').trim() || String(formData.get('title') ?? '').trim()
		});
		const parsed = parseForm(projectInput, formData, ['imageIds']);
		if (!parsed.ok) {
			parsed.failure.data.errors = { ...parsed.failure.data.errors, ...imageErrors };
			return parsed.failure;
		}
		if (Object.keys(imageErrors).length > 0)
			return fail(400, { values: parsed.values, errors: imageErrors, message: 'common.formHasErrors' });
		try {
			await proposeProject(ctx, {
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
