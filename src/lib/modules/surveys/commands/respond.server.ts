// Answering a survey on the public page: anonymous (no account, no IP address stored), one response
// per browser through a random token whose SHA-256 is stored, paged on the server.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { AppError } from '../../../server/errors.ts';
import { consumeRateLimit } from '../../../server/rate-limit.ts';
import { surveyInvitationCodes, surveyResponses } from '../schema.ts';
import { availabilityOf, getSurveyStructure, listSettlements, type SurveyRow } from '../queries.server.ts';
import type { RawValues } from '../answers.ts';
import { nextSectionIndex, previousSectionIndex } from '../conditions.ts';
import { applyPage, completeAnswers, demographicsOf, isUnder15 } from '../paging.ts';
import { normaliseCode } from './generate-invitation-codes.server.ts';

export type ResponseRow = typeof surveyResponses.$inferSelect;

/** Starting a response: per (hashed) address, so one machine cannot fill a survey with noise. */
export const SURVEY_START_RATE_LIMIT = { limit: 20, windowSeconds: 3600 };
/** Saving pages: generous, a long survey has many. */
export const SURVEY_PAGE_RATE_LIMIT = { limit: 300, windowSeconds: 3600 };

/** The SHA-256 of a browser's response token, as stored. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** The rate-limit key of an address: hashed, so no address is kept even there. */
function addressKey(kind: string, clientAddress: string, surveyId: string): string {
	return `surveys-${kind}:${createHash('sha256').update(`${surveyId}:${clientAddress}`).digest('hex').slice(0, 32)}`;
}

/** The response this browser's token belongs to, if any. */
export async function findResponseByToken(
	db: Database,
	surveyId: string,
	token: string | undefined
): Promise<ResponseRow | null> {
	if (!token || token.length > 100) return null;
	const [response] = await db
		.select()
		.from(surveyResponses)
		.where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.tokenHash, hashToken(token))))
		.limit(1);
	return response ?? null;
}

function assertOpen(survey: SurveyRow, now: Date): void {
	if (availabilityOf(survey, now) !== 'open') throw new AppError('conflict', 'surveys.respond.notOpen');
}

/**
 * Starts a response: a new random token (the caller puts it in an HttpOnly cookie) and, when a code
 * is given, the invitation code it answers with (refused if unknown or already used).
 */
export async function startResponse(
	db: Database,
	options: { survey: SurveyRow; code: string; clientAddress: string; now?: Date }
): Promise<{ token: string; responseId: string }> {
	const now = options.now ?? new Date();
	assertOpen(options.survey, now);
	await consumeRateLimit(db, addressKey('start', options.clientAddress, options.survey.id), SURVEY_START_RATE_LIMIT);
	let invitationCodeId: string | null = null;
	const typed = normaliseCode(options.code);
	if (typed) {
		const [code] = await db
			.select()
			.from(surveyInvitationCodes)
			.where(and(eq(surveyInvitationCodes.surveyId, options.survey.id), eq(surveyInvitationCodes.code, typed)))
			.limit(1);
		if (!code) throw new AppError('invalid', 'common.formHasErrors', { code: 'surveys.code.unknown' });
		if (code.usedAt) throw new AppError('conflict', 'common.formHasErrors', { code: 'surveys.code.used' });
		invitationCodeId = code.id;
	}
	const structure = await getSurveyStructure(db, options.survey.id);
	const first = nextSectionIndex(structure, {}, -1) ?? 0;
	const token = randomBytes(24).toString('base64url');
	const [response] = await db
		.insert(surveyResponses)
		.values({
			officeId: options.survey.officeId,
			surveyId: options.survey.id,
			source: invitationCodeId ? 'code' : 'link',
			tokenHash: hashToken(token),
			invitationCodeId,
			currentSection: first,
			startedAt: now
		})
		.returning({ id: surveyResponses.id });
	return { token, responseId: response.id };
}

/** Whether this respondent must confirm a parent's consent before going on. */
export function needsParentalConsent(
	survey: SurveyRow,
	response: ResponseRow,
	structure: Awaited<ReturnType<typeof getSurveyStructure>>
): boolean {
	if (survey.parentalConsent === 'inform' || response.parentalConsentConfirmed) return false;
	return isUnder15(structure, response.answers, survey.year);
}

export type PageResult =
	{ kind: 'invalid'; errors: Record<string, string> } | { kind: 'more' } | { kind: 'moved' } | { kind: 'complete' };

/**
 * Saves the page the respondent is on and moves back or on, skipping pages whose conditions fail.
 * After the last page the response is completed: demographics copied into their columns, sensitive
 * answers into their own column (only with consent), the invitation code marked used.
 */
export async function saveResponsePage(
	db: Database,
	options: {
		survey: SurveyRow;
		response: ResponseRow;
		raw: RawValues;
		direction: 'next' | 'back';
		displayedKeys: string[];
		clientAddress: string;
		now?: Date;
	}
): Promise<PageResult> {
	const now = options.now ?? new Date();
	const { survey, response } = options;
	assertOpen(survey, now);
	if (response.isComplete) throw new AppError('conflict', 'surveys.respond.alreadyAnswered');
	await consumeRateLimit(db, addressKey('page', options.clientAddress, survey.id), SURVEY_PAGE_RATE_LIMIT);
	const structure = await getSurveyStructure(db, survey.id);
	const index = Math.min(response.currentSection, structure.length - 1);
	const consent =
		(options.raw.sensitive_consent ?? []).includes('yes') ||
		(response.sensitiveConsent && !('sensitive_consent_shown' in options.raw));
	const previous = { ...response.answers, ...response.sensitiveAnswers };
	const applied = applyPage(structure, index, options.raw, previous, {
		consent,
		displayedKeys: options.direction === 'next' ? options.displayedKeys : null
	});
	const { answers, sensitiveAnswers } = splitSensitive(structure, applied.answers, consent);
	const save = (values: Partial<ResponseRow>) =>
		db
			.update(surveyResponses)
			.set({ answers, sensitiveAnswers, sensitiveConsent: consent, ...values })
			.where(eq(surveyResponses.id, response.id));

	if (options.direction === 'back') {
		await save({ currentSection: previousSectionIndex(structure, applied.answers, index) ?? index });
		return { kind: 'moved' };
	}
	if (applied.hasNewQuestions) {
		await save({});
		return { kind: 'more' };
	}
	if (Object.keys(applied.errors).length > 0) return { kind: 'invalid', errors: applied.errors };
	const updated = { ...response, answers: applied.answers };
	if (needsParentalConsent(survey, updated, structure)) {
		await save({});
		return { kind: 'moved' };
	}
	const next = nextSectionIndex(structure, applied.answers, index);
	if (next !== null) {
		await save({ currentSection: next });
		return { kind: 'moved' };
	}
	const final = completeAnswers(structure, applied.answers, consent);
	if (final.missingSection !== null) {
		await save({ currentSection: final.missingSection });
		return { kind: 'moved' };
	}
	const settlements = await listSettlements(db, survey.officeId);
	await db.transaction(async (tx) => {
		if (response.invitationCodeId) {
			const used = await tx
				.update(surveyInvitationCodes)
				.set({ usedAt: now })
				.where(and(eq(surveyInvitationCodes.id, response.invitationCodeId), isNull(surveyInvitationCodes.usedAt)))
				.returning({ id: surveyInvitationCodes.id });
			if (used.length === 0) throw new AppError('conflict', 'surveys.code.used');
		}
		await tx
			.update(surveyResponses)
			.set({
				answers: final.answers,
				sensitiveAnswers: final.sensitiveAnswers,
				sensitiveConsent: consent,
				isComplete: true,
				submittedAt: now,
				...demographicsOf(structure, final.answers, settlements, survey.year)
			})
			.where(and(eq(surveyResponses.id, response.id), eq(surveyResponses.isComplete, false)));
	});
	return { kind: 'complete' };
}

/** Keeps sensitive answers apart, and drops them without consent. */
function splitSensitive(
	structure: Awaited<ReturnType<typeof getSurveyStructure>>,
	all: Record<string, unknown>,
	consent: boolean
): { answers: Record<string, unknown>; sensitiveAnswers: Record<string, unknown> } {
	const sensitiveKeys = new Set(
		structure
			.flatMap((section) => section.questions)
			.filter((question) => question.isSensitive)
			.map((question) => question.key)
	);
	const answers: Record<string, unknown> = {};
	const sensitiveAnswers: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(all)) {
		const key = name.replace(/__other$/, '');
		if (!sensitiveKeys.has(key)) answers[name] = value;
		else if (consent) sensitiveAnswers[name] = value;
	}
	return { answers, sensitiveAnswers };
}

/** The under-15 respondent confirms a parent agrees (with the parent's e-mail when the survey asks). */
export async function confirmParentalConsent(
	db: Database,
	options: { survey: SurveyRow; response: ResponseRow; confirmed: boolean; parentEmail: string; now?: Date }
): Promise<void> {
	assertOpen(options.survey, options.now ?? new Date());
	const errors: Record<string, string> = {};
	if (!options.confirmed) errors.parentalConsent = 'surveys.parent.confirmRequired';
	const email = options.parentEmail.trim().toLowerCase();
	if (options.survey.parentalConsent === 'confirm_with_email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
		errors.parentEmail = 'validation.email';
	}
	if (Object.keys(errors).length > 0) throw new AppError('invalid', 'common.formHasErrors', errors);
	const structure = await getSurveyStructure(db, options.survey.id);
	const next = nextSectionIndex(structure, options.response.answers, options.response.currentSection);
	await db
		.update(surveyResponses)
		.set({
			parentalConsentConfirmed: true,
			parentEmail: options.survey.parentalConsent === 'confirm_with_email' ? email : null,
			currentSection: next ?? options.response.currentSection
		})
		.where(eq(surveyResponses.id, options.response.id));
}
