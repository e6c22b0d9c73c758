import { and, eq, like, sql } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import type { Database } from '../../../server/db/client.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError, isUniqueViolation, type FieldErrors } from '../../../server/errors.ts';
import { getOfficeById } from '../../../server/office.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { publicLink } from '../../../server/links.ts';
import { createI18n, encodeMessage } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { wallClock } from '../../../i18n/office-time.ts';
import { callApplications } from '../schema.ts';
import { budgetProblems, budgetTotals, groupProblems } from '../rules.ts';
import { listAttachmentsOf } from './application-attachments.server.ts';
import { buildApplicationPdf } from '../application-pdf.server.ts';
import { isEditableAt, loadOwnApplication, type ApplicationRow, type CallRow } from './applications-shared.server.ts';
import { getRepresentationStatus } from '../../organisations/self-service.server.ts';

const m = encodeMessage;

/** Everything that keeps a saved draft from being submitted, by the form's field names. */
export function submissionProblems(
	application: ApplicationRow,
	call: CallRow,
	office: { youthMinAge: number; youthMaxAge: number },
	attachedKinds: readonly string[] = []
): FieldErrors {
	const errors: FieldErrors = {};
	for (const kind of call.attachmentKinds)
		if (kind.isRequired && !attachedKinds.includes(kind.key))
			errors[`attachment.${kind.key}`] = m('calls.attachment.required');
	const required = ['title', 'summary', 'need', 'targetGroup', 'results', 'contactEmail'] as const;
	for (const field of required) if (!application[field].trim()) errors[field] = m('validation.required');
	if (!application.applicantName.trim()) errors.applicantName = m('validation.required');
	if (application.activities.length === 0) errors.activities = m('calls.apply.activitiesRequired');
	for (const question of call.questions) {
		if (question.isRequired && !application.answers[question.key]?.trim())
			errors[`answer.${question.key}`] = m('validation.required');
	}
	const eligibleCategoryKeys = call.costCategories
		.filter((category) => category.isEligible)
		.map((category) => category.key);
	for (const problem of budgetProblems(application.budget, { ...call, eligibleCategoryKeys })) {
		switch (problem.kind) {
			case 'empty':
				errors.budget = m('calls.apply.budgetEmpty');
				break;
			case 'ineligibleCategory':
				errors[`budget[${problem.line}].categoryKey`] = m('calls.apply.categoryIneligible');
				break;
			case 'coFinancedOverLine':
				errors[`budget[${problem.line}].coFinanced`] = m('calls.apply.coFinancedOverLine');
				break;
			case 'belowMinimum':
				errors.budget = m('calls.apply.belowMinimum', { min: problem.min });
				break;
			case 'overMaximum':
				errors.budget = m('calls.apply.overMaximum', { max: problem.max });
				break;
			case 'coFinancingTooLow':
				errors.budget = m('calls.apply.coFinancingTooLow', { percent: problem.percent });
				break;
		}
	}
	if (application.applicantType === 'informal_group') {
		const year = wallClock(call.closesAt).year;
		const rule = { minMembers: call.groupMinMembers, minAge: office.youthMinAge, maxAge: office.youthMaxAge, year };
		for (const problem of groupProblems(application.members, rule)) {
			if (problem.kind === 'tooFew') errors.members = m('calls.apply.groupTooSmall', { count: problem.min });
			else if (problem.kind === 'noAdult') errors.members ??= m('calls.apply.groupNoAdult');
			else
				errors[`members[${problem.member}].birthYear`] = m('calls.apply.memberAge', {
					min: problem.minAge,
					max: problem.maxAge
				});
		}
	}
	return errors;
}

/** The next free reference of the office's year: P-<year>-<nnnn>. */
async function nextReference(tx: Database, officeId: string, now: Date, attempt: number): Promise<string> {
	const prefix = `P-${wallClock(now).year}-`;
	const [{ taken }] = await tx
		.select({ taken: sql<number>`count(*)::int` })
		.from(callApplications)
		.where(and(eq(callApplications.officeId, officeId), like(callApplications.reference, `${prefix}%`)));
	return `${prefix}${String(taken + 1 + attempt).padStart(4, '0')}`;
}

/**
 * Submits a saved draft: refused after the call's closing instant by the server's clock, for an association until
 * staff approve the submitter as its representative (and its listing), or while anything is missing (the errors
 * come back by field); otherwise numbered (P-<year>-<nnnn> per office) and receipted by e-mail.
 */
export async function submitApplication(
	ctx: Context,
	options: { id: string; locale: Locale; now?: Date }
): Promise<{ reference: string }> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	for (let attempt = 0; ; attempt++) {
		try {
			return await ctx.db.transaction(async (tx) => {
				const { application, call } = await loadOwnApplication(tx, ctx.officeId, actor, options.id, { lock: true });
				if (application.status !== 'draft') throw new AppError('conflict', 'calls.apply.alreadySubmitted');
				if (!isEditableAt(application, call, now)) throw new AppError('invalid', 'calls.apply.deadlinePassed');
				// A draft started while asking to represent (or list) the association waits for staff to approve it.
				if (application.organisationId) {
					const representation = await getRepresentationStatus(tx, ctx.officeId, actor, application.organisationId);
					if (representation === 'pending') throw new AppError('invalid', 'calls.apply.awaitingApproval');
					if (representation !== 'approved') throw new AppError('forbidden', 'calls.apply.notRepresentative');
				}
				const office = await getOfficeById(tx, ctx.officeId);
				if (!office) throw new AppError('not_found', 'error.404.text');
				const attachments = await listAttachmentsOf(tx, application.id);
				const errors = submissionProblems(
					application,
					call,
					office,
					attachments.map((attachment) => attachment.kind)
				);
				if (Object.keys(errors).length > 0) throw new AppError('invalid', 'calls.apply.incomplete', errors);
				// A completed application keeps the number it was first submitted under.
				const reference = application.reference ?? (await nextReference(tx, ctx.officeId, now, attempt));
				await tx
					.update(callApplications)
					.set({
						status: 'submitted',
						reference,
						submittedAt: now,
						requested: budgetTotals(application.budget).requested,
						updatedAt: now
					})
					.where(eq(callApplications.id, application.id));
				await recordAudit(tx, {
					officeId: ctx.officeId,
					actor,
					action: 'calls.application.submitted',
					entityType: 'call_application',
					entityId: application.id,
					details: { reference, callId: call.id, requested: budgetTotals(application.budget).requested }
				});
				const i18n = createI18n(options.locale, office.keepLatin);
				const pdf = await buildApplicationPdf({ ...application, reference, submittedAt: now }, call, {
					locale: options.locale,
					keepLatin: office.keepLatin,
					officeName: office.name,
					attachments
				});
				const callTitle = options.locale === 'en' && call.titleEn ? call.titleEn : i18n.text(call.title);
				await queueMail(tx, {
					officeId: ctx.officeId,
					to: application.contactEmail || actor.email,
					subject: i18n.t('calls.mail.receipt.subject', { reference }),
					text: [
						i18n.t('calls.mail.receipt.text', { reference, title: i18n.text(application.title), call: callTitle }),
						i18n.t('calls.mail.receipt.pdf'),
						'',
						publicLink(office, `/account/applications/${application.id}`, options.locale),
						'',
						i18n.text(office.name)
					].join('\n'),
					attachments: [
						{
							filename: `${reference}.pdf`,
							contentType: 'application/pdf',
							content: Buffer.from(pdf).toString('base64'),
							encoding: 'base64'
						}
					]
				});
				return { reference };
			});
		} catch (caught) {
			// Two submissions took the same number at once: take the next one.
			if (attempt < 5 && isUniqueViolation(caught)) continue;
			throw caught;
		}
	}
}
