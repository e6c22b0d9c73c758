import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { canEditActionPlan } from '#lib/modules/action-plan/permissions.server.ts';
import { getPlanTree } from '#lib/modules/action-plan/queries.server.ts';
import {
	activityInput,
	areaInput,
	deleteItemInput,
	goalInput,
	indicatorActualInput,
	indicatorInput,
	measureInput
} from '#lib/modules/action-plan/inputs.ts';
import { findItem, isItemKind, itemFormValues, parentOptions, type ItemKind } from '#lib/modules/action-plan/items.ts';
import { formatDecimalInput } from '#lib/modules/action-plan/view.ts';
import { listIndicatorSourceChoices } from '#lib/modules/action-plan/indicator-sources.server.ts';
import { parsePlanForm } from '#lib/modules/action-plan/form.server.ts';
import { savePlanItem } from '#lib/modules/action-plan/commands/save-plan-item.server.ts';
import { saveIndicator } from '#lib/modules/action-plan/commands/save-indicator.server.ts';
import { deletePlanItem } from '#lib/modules/action-plan/commands/delete-plan-item.server.ts';
import { recordIndicatorActual } from '#lib/modules/action-plan/commands/record-indicator-actual.server.ts';

function kindOf(value: string): ItemKind {
	if (!isItemKind(value)) error(404, 'error.404.text');
	return value;
}

const isNew = (itemId: string) => itemId === 'new';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canEditActionPlan(locals.actor));
		const kind = kindOf(params.kind);
		const ctx = await contextFor(locals);
		const tree = await getPlanTree(ctx.db, ctx.officeId, params.planId);
		if (!tree) error(404, 'error.404.text');
		const found = isNew(params.itemId) ? null : findItem(tree, kind, params.itemId);
		if (!isNew(params.itemId) && !found) error(404, 'error.404.text');
		const parents = parentOptions(tree, kind);
		const parent = url.searchParams.get('parent') ?? '';
		const years = Array.from(
			{ length: tree.plan.lastYear - tree.plan.firstYear + 1 },
			(_, i) => tree.plan.firstYear + i
		);
		const indicator = found?.kind === 'indicator' ? found.item : null;
		return {
			kind,
			isNew: !found,
			plan: { id: tree.plan.id, title: tree.plan.title, isAdopted: tree.plan.adoptedAt !== null },
			title: found ? ('title' in found.item ? found.item.title : found.item.name) : '',
			initial: itemFormValues(
				found,
				kind,
				parents.some((option) => option.id === parent) ? parent : (parents[0]?.id ?? '')
			),
			parents,
			years,
			targets: Object.fromEntries(
				(indicator?.values ?? []).map((row) => [String(row.year), formatDecimalInput(row.target)])
			),
			values: indicator?.values ?? [],
			/** Set when the platform counts the actuals (they are then shown, not typed). */
			computedFrom: indicator?.computedFrom ?? null,
			/** What the platform counts for it (message key). */
			computedLabelKey: indicator?.computedLabelKey ?? null,
			sourceChoices: kind === 'indicator' ? await listIndicatorSourceChoices() : []
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

/** The indicator form names its goal or measure in one select ("goal:<id>" or "measure:<id>"). */
function splitParent(formData: FormData): void {
	const [kind, id] = String(formData.get('parent') ?? '').split(':');
	formData.set('goalId', kind === 'goal' ? (id ?? '') : '');
	formData.set('measureId', kind === 'measure' ? (id ?? '') : '');
}

const backToPlan = (planId: string, locale: App.Locals['locale']) =>
	localizePath(`/admin/action-plan/${planId}`, locale);

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const kind = kindOf(params.kind);
		const formData = await request.formData();
		const id = isNew(params.itemId) ? undefined : params.itemId;
		let savedId: string;
		if (kind === 'indicator') {
			splitParent(formData);
			const parsed = parsePlanForm(indicatorInput, formData, ['targets']);
			if (!parsed.ok) return parsed.failure;
			try {
				({ id: savedId } = await saveIndicator(await contextFor(locals), {
					planId: params.planId,
					id,
					input: parsed.data
				}));
			} catch (caught) {
				return failFromError(caught, parsed.values);
			}
		} else {
			const schema = { area: areaInput, goal: goalInput, measure: measureInput, activity: activityInput }[kind];
			const parsed = parsePlanForm(schema as v.GenericSchema, formData, kind === 'activity' ? ['budgets'] : []);
			if (!parsed.ok) return parsed.failure;
			try {
				({ id: savedId } = await savePlanItem(await contextFor(locals), {
					planId: params.planId,
					id,
					kind,
					input: parsed.data
				} as Parameters<typeof savePlanItem>[1]));
			} catch (caught) {
				return failFromError(caught, parsed.values);
			}
		}
		setFlash(cookies, 'common.saved');
		redirect(303, `${backToPlan(params.planId, locals.locale)}#${kind}-${savedId}`);
	},
	delete: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const kind = kindOf(params.kind);
		const parsed = parseForm(deleteItemInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await deletePlanItem(await contextFor(locals), {
				planId: params.planId,
				kind,
				id: params.itemId,
				reason: parsed.data.deleteReason
			});
		} catch (caught) {
			// The command names the reason field "reason"; this form calls it deleteReason.
			const failure = failFromError(caught, parsed.values);
			const errors = failure.data.errors;
			if (errors.reason) errors.deleteReason = errors.reason;
			return failure;
		}
		setFlash(cookies, 'plan.admin.deleted');
		redirect(303, backToPlan(params.planId, locals.locale));
	},
	actual: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		if (kindOf(params.kind) !== 'indicator') error(404, 'error.404.text');
		const parsed = parseForm(indicatorActualInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await recordIndicatorActual(await contextFor(locals), {
				planId: params.planId,
				indicatorId: params.itemId,
				input: parsed.data
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'plan.admin.actualSaved');
		redirect(303, localizePath(`/admin/action-plan/${params.planId}/items/indicator/${params.itemId}`, locals.locale));
	}
};
