import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm } from '#lib/server/forms.ts';
import { publicLink } from '#lib/server/links.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { claimHoursInput } from '#lib/modules/volunteering/inputs.ts';
import { getMyVolunteering } from '#lib/modules/volunteering/queries.server.ts';
import { withdrawApplication } from '#lib/modules/volunteering/commands/decide-application.server.ts';
import { claimHours } from '#lib/modules/volunteering/commands/hours.server.ts';
import { contractReasonsFor, markContractSigned } from '#lib/modules/volunteering/documents.server.ts';
import { cardQrSvg } from '#lib/modules/volunteering/qr.server.ts';
import { uploadContractScan } from '#lib/modules/volunteering/contract-scan.server.ts';
import { uploadedFileFrom } from '#lib/modules/documents/upload.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
	const mine = await getMyVolunteering(await contextFor(locals));
	const verifyUrl = mine ? publicLink(locals.office, `/volunteering/card/${mine.profile.cardCode}`, locals.locale) : '';
	const ctx = await contextFor(locals);
	const contracts: Record<string, string[]> = {};
	for (const application of mine?.applications ?? [])
		if (application.status === 'accepted') contracts[application.id] = await contractReasonsFor(ctx, application.id);
	return { mine, contracts, verifyUrl, qr: mine ? await cardQrSvg(verifyUrl) : '' };
};

export const actions: Actions = {
	withdraw: async ({ locals, request }) => {
		const formData = await request.formData();
		try {
			await withdrawApplication(await contextFor(locals), {
				applicationId: String(formData.get('applicationId') ?? '')
			});
		} catch (caught) {
			return failFromError(caught, {});
		}
		return { done: 'volunteering.account.withdrawn' };
	},
	claim: async ({ locals, request }) => {
		const parsed = parseForm(claimHoursInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await claimHours(await contextFor(locals), {
				applicationId: parsed.data.applicationId,
				minutes: parsed.data.hours,
				workedOn: parsed.data.workedOn,
				task: parsed.data.task
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		return { done: 'volunteering.account.claimed' };
	},
	scan: async ({ locals, request }) => {
		const formData = await request.formData();
		const applicationId = String(formData.get('applicationId') ?? '');
		try {
			await uploadContractScan(await contextFor(locals), {
				applicationId,
				file: await uploadedFileFrom(formData, 'scan')
			});
		} catch (caught) {
			return failFromError(caught, { applicationId });
		}
		return { done: 'volunteering.scan.uploaded' };
	},
	sign: async ({ locals, request }) => {
		const formData = await request.formData();
		try {
			await markContractSigned(await contextFor(locals), {
				applicationId: String(formData.get('applicationId') ?? '')
			});
		} catch (caught) {
			return failFromError(caught, {});
		}
		return { done: 'volunteering.contract.signed' };
	}
};
