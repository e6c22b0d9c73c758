import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { getCardVerification } from '#lib/modules/volunteering/queries.server.ts';
import { belgradeDate } from '#lib/modules/volunteering/rules.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const card = await getCardVerification(db, params.code);
	if (!card || card.officeId !== locals.office?.id) error(404, 'error.404.text');
	return {
		card: {
			name: card.name,
			cardNumber: card.cardNumber,
			cardValidUntil: card.cardValidUntil,
			hours: card.minutes === null ? null : Math.round((card.minutes / 60) * 10) / 10,
			isValid: !card.cardValidUntil || card.cardValidUntil >= belgradeDate(new Date())
		}
	};
};
