import type { Context } from '../../../server/actor.ts';
import type { Database } from '../../../server/db/client.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { consumeRateLimit, type RateLimitRule } from '../../../server/rate-limit.ts';
import { createToken, hashToken } from '../../../server/auth/tokens.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { localizePath, type Locale } from '../../../i18n/locale.ts';
import { lockEvent, type EventRow } from '../../events/queries.server.ts';
import { registrationStateOf } from '../../events/registration-state.ts';
import { countPlaces } from '../queries.server.ts';
import { registrations, type Gender, type RegistrationSource, type RegistrationStatus } from '../schema.ts';
import { newRegistrationAccess, type RegistrationRow } from '../access.server.ts';
import { needsGuardian } from '../age.ts';
import { normalizePhone, parseAnswers, type RegistrationInput } from '../inputs.ts';
import { i18nFor, queueGuardianRequest, queueRegistrantMail } from '../mail.server.ts';
import {
	countHeldPlaces,
	findActiveDuplicate,
	GUARDIAN_HOLD_HOURS,
	hasFreePlace,
	mailFactsFor,
	newCheckInCode,
	waitlistPosition
} from './shared.server.ts';
import { isUniqueViolation } from '../../../server/errors.ts';
import { storeAccountProfile } from '../../accounts/commands/save-account-profile.server.ts';

/** Sign-ups one address may send: a family or a school class at one computer, not a script. */
export const REGISTRATION_RATE_LIMIT: RateLimitRule = { limit: 10, windowSeconds: 600 };

/** Who is signing up, as the form or staff gave it. */
export interface PersonDetails {
	name: string;
	email: string;
	phone: string;
	birthYear: number | null;
	gender: Gender | null;
	place: string;
	guardianName: string;
	guardianEmail: string;
}

export interface RegistrationOutcome {
	registration: RegistrationRow;
	/** The private link's token: shown once on the result page and e-mailed; only its hash is kept. */
	token: string;
	status: RegistrationStatus;
	/** Place in the waitlist (1 = next), when waitlisted. */
	position: number | null;
}

interface PlaceOptions {
	officeId: string;
	event: EventRow;
	person: PersonDetails;
	answers: Record<string, string | boolean>;
	userId: string | null;
	locale: Locale;
	source: RegistrationSource;
	consentText: string;
	now: Date;
	/** Staff add people directly: no approval step, and a guardian's consent was given on paper. */
	byStaff: boolean;
	actor: Context['actor'];
	/** False for demo data about past events: nobody is e-mailed. */
	sendMail?: boolean;
}

/**
 * Inserts a registration for an event whose row the caller has locked (lockEvent), giving a place,
 * a waitlist position or a pending status, and queues the e-mails that go with it. Refuses a second
 * active registration of the same person with field errors.
 */
export async function placeRegistration(tx: Database, options: PlaceOptions): Promise<RegistrationOutcome> {
	const { event, now } = options;
	const person = {
		...options.person,
		email: options.person.email.trim().toLowerCase(),
		phone: normalizePhone(options.person.phone)
	};
	const underAge = needsGuardian(person.birthYear, event.startsAt);
	if (underAge && !options.byStaff) {
		const errors: Record<string, string> = {};
		if (!person.guardianName) errors.guardianName = encodeMessage('registrations.form.guardianRequired');
		if (!person.guardianEmail) errors.guardianEmail = encodeMessage('registrations.form.guardianRequired');
		if (Object.keys(errors).length > 0) throw new AppError('invalid', 'registrations.form.guardianNeeded', errors);
	}
	if (await findActiveDuplicate(tx, event.id, { email: person.email, phone: person.phone, userId: options.userId })) {
		throw new AppError('conflict', 'registrations.form.duplicate');
	}
	const guardianToken = underAge && !options.byStaff ? createToken() : null;
	const held = await countHeldPlaces(tx, event.id);
	const status: RegistrationStatus =
		event.registrationMode === 'approval' && !options.byStaff
			? 'pending_approval'
			: !hasFreePlace(event, held)
				? 'waitlisted'
				: guardianToken
					? 'pending_guardian'
					: 'confirmed';
	const access = await newRegistrationAccess(tx);
	const [registration] = await tx
		.insert(registrations)
		.values({
			id: access.id,
			officeId: options.officeId,
			eventId: event.id,
			userId: options.userId,
			name: person.name,
			email: person.email,
			phone: person.phone,
			birthYear: person.birthYear,
			gender: person.gender,
			place: person.place,
			answers: options.answers,
			status,
			source: options.source,
			accessTokenHash: access.hash,
			checkInCode: newCheckInCode(),
			consentText: options.consentText,
			consentAt: options.consentText ? now : null,
			guardianName: underAge ? person.guardianName : '',
			guardianEmail: underAge ? person.guardianEmail : '',
			guardianTokenHash: guardianToken ? hashToken(guardianToken) : null,
			guardianConfirmedAt: underAge && options.byStaff ? now : null,
			locale: options.locale,
			createdAt: now,
			updatedAt: now
		})
		.returning();
	const position = await waitlistPosition(tx, registration);
	if (options.sendMail === false) return { registration, token: access.token, status, position };
	const facts = await mailFactsFor(tx, event, registration);
	const privateLink = `${facts.baseUrl}${localizePath(`/registrations/${access.token}`, options.locale)}`;
	const kind =
		status === 'confirmed'
			? 'confirmed'
			: status === 'waitlisted'
				? 'waitlisted'
				: status === 'pending_approval'
					? 'pendingApproval'
					: 'pendingGuardian';
	await queueRegistrantMail(tx, kind, facts, { privateLink, position: position ?? 0 });
	if (guardianToken) {
		await queueGuardianRequest(tx, facts, {
			guardianLink: `${facts.baseUrl}${localizePath(`/registrations/guardian/${guardianToken}`, options.locale)}`,
			holdHours: GUARDIAN_HOLD_HOURS
		});
	}
	await recordAudit(tx, {
		officeId: options.officeId,
		actor: options.actor,
		action: options.byStaff ? 'registrations.added_by_staff' : 'registrations.created',
		entityType: 'registration',
		entityId: registration.id,
		details: { eventId: event.id, status, source: options.source, underAge }
	});
	return { registration, token: access.token, status, position };
}

export interface RegisterForEventOptions {
	eventId: string;
	/** The form as parsed; `saveToAccount` is left out by staff and by tests that need not keep anything. */
	input: Omit<RegistrationInput, 'saveToAccount'> & { saveToAccount?: boolean };
	/** The submitted form, for the answers to the event's extra questions. */
	values: Record<string, string | string[]>;
	locale: Locale;
	clientAddress: string;
	now?: Date;
}

/**
 * A young person signs up for an event, with or without an account. The event's row is locked
 * first, so concurrent sign-ups are counted one at a time and capacity is never exceeded: when full
 * they join the waitlist. Under 15 the place is held until a guardian confirms.
 */
export async function registerForEvent(ctx: Context, options: RegisterForEventOptions): Promise<RegistrationOutcome> {
	await consumeRateLimit(ctx.db, `registrations:${options.clientAddress}`, REGISTRATION_RATE_LIMIT);
	const now = options.now ?? new Date();
	try {
		return await ctx.db.transaction(async (tx) => {
			const event = await lockEvent(tx, ctx.officeId, options.eventId);
			if (!event || event.status === 'draft') throw new AppError('not_found', 'error.404.text');
			const { state } = registrationStateOf(event, await countPlaces(tx, event.id), now);
			if (state !== 'open' && state !== 'waitlist') throw new AppError('conflict', `registrations.refused.${state}`);
			const { answers, errors } = parseAnswers(event.questions, options.values);
			if (Object.keys(errors).length > 0) throw new AppError('invalid', 'common.formHasErrors', errors);
			const { consent: _consent, saveToAccount, ...person } = options.input;
			void _consent;
			if (saveToAccount && ctx.actor && person.birthYear !== null)
				await storeAccountProfile(tx, {
					officeId: ctx.officeId,
					actor: ctx.actor,
					values: { birthYear: person.birthYear, gender: person.gender, place: person.place },
					via: 'registration'
				});
			return placeRegistration(tx, {
				officeId: ctx.officeId,
				event,
				person,
				answers,
				userId: ctx.actor?.userId ?? null,
				locale: options.locale,
				source: 'online',
				consentText: i18nFor({ keepLatin: [] }, options.locale).t('registrations.form.consent'),
				now,
				byStaff: false,
				actor: ctx.actor
			});
		});
	} catch (caught) {
		// Two sign-ups of the same person at the same instant: the unique index refuses the second.
		if (isUniqueViolation(caught)) throw new AppError('conflict', 'registrations.form.duplicate');
		throw caught;
	}
}
