import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { DEFAULT_LOCALE, type Locale } from '../../../i18n/locale.ts';
import { lockEvent } from '../../events/queries.server.ts';
import { parseAnswers, type StaffRegistrationInput } from '../inputs.ts';
import { canManageRegistrations } from '../permissions.server.ts';
import { i18nFor } from '../mail.server.ts';
import { placeRegistration, type RegistrationOutcome } from './register-for-event.server.ts';
import { isUniqueViolation } from '../../../server/errors.ts';

/**
 * Staff register someone who phoned or came to the office: no approval step (staff decide), a
 * guardian's consent for under-15s collected on paper, a place if one is free, else the waitlist.
 */
export async function addRegistrationByStaff(
	ctx: Context,
	options: {
		eventId: string;
		input: StaffRegistrationInput;
		values: Record<string, string | string[]>;
		locale?: Locale;
	}
): Promise<RegistrationOutcome> {
	authorize(ctx.actor, canManageRegistrations(ctx.actor));
	const actor = ctx.actor;
	const locale = options.locale ?? DEFAULT_LOCALE;
	try {
		return await ctx.db.transaction(async (tx) => {
			const event = await lockEvent(tx, ctx.officeId, options.eventId);
			if (!event) throw new AppError('not_found', 'error.404.text');
			if (event.status === 'cancelled' || event.status === 'draft') {
				throw new AppError('conflict', `registrations.refused.${event.status}`);
			}
			const { answers, errors } = parseAnswers(event.questions, options.values, { requireAll: false });
			if (Object.keys(errors).length > 0) throw new AppError('invalid', 'common.formHasErrors', errors);
			return placeRegistration(tx, {
				officeId: ctx.officeId,
				event,
				person: options.input,
				answers,
				userId: null,
				locale,
				source: 'staff',
				consentText: i18nFor({ keepLatin: [] }, locale).t('registrations.admin.consentByStaff', { name: actor.name }),
				now: new Date(),
				byStaff: true,
				actor
			});
		});
	} catch (caught) {
		if (isUniqueViolation(caught)) throw new AppError('conflict', 'registrations.form.duplicate');
		throw caught;
	}
}
