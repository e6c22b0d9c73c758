// The volunteer's documents: certificate of volunteering, the written contract and the card, built
// as the action plan's document model and rendered by its PDF and DOCX renderers (decision 0012),
// in the volunteer's script.
import { and, asc, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import { AppError, isUniqueViolation } from '../../server/errors.ts';
import { getOfficeById } from '../../server/office.ts';
import { publicLink } from '../../server/links.ts';
import { offices } from '../../server/db/core-schema.ts';
import { createI18n, type I18n } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { exportLogo, renderExport, type ExportedFile } from '../../export/render.server.ts';
import type { ExportBlock, ExportDocument } from '../../export/model.ts';
import { canManageVolunteering, canOrganise } from './permissions.server.ts';
import { belgradeDate, contractReasons, hoursTotals, minutesToHours, type ContractReasonKey } from './rules.ts';
import {
	volunteerApplications,
	volunteerCertificates,
	volunteerContracts,
	volunteerHours,
	volunteerOpportunities,
	volunteerProfiles,
	volunteerShifts
} from './schema.ts';
import { stampQrOnPdf } from './qr.server.ts';
import { readableCode, type ProfileRow } from './commands/shared.server.ts';

/** The volunteer's documents are in their script: Latin or Cyrillic Serbian. */
function documentLocale(profile: Pick<ProfileRow, 'script'>): Locale {
	return profile.script === 'latn' ? 'sr-Latn' : 'sr-Cyrl';
}

async function officeFor(ctx: Context, locale: Locale) {
	const office = await getOfficeById(ctx.db, ctx.officeId);
	if (!office) throw new AppError('not_found', 'error.404.text');
	const i18n = createI18n(locale, office.keepLatin);
	const [logoRow] = await ctx.db
		.select({ logo: offices.logo, logoMime: offices.logoMime })
		.from(offices)
		.where(eq(offices.id, ctx.officeId));
	const logo = await exportLogo(logoRow?.logo ? new Uint8Array(logoRow.logo) : null, logoRow?.logoMime ?? null);
	return { office, i18n, logo };
}

/** The profile the actor may see documents of: their own, or any for staff. */
async function profileForDocuments(ctx: Context, profileId: string | null): Promise<ProfileRow> {
	authorize(ctx.actor, !!ctx.actor);
	const [profile] = await ctx.db
		.select()
		.from(volunteerProfiles)
		.where(
			and(
				eq(volunteerProfiles.officeId, ctx.officeId),
				profileId ? eq(volunteerProfiles.id, profileId) : eq(volunteerProfiles.userId, ctx.actor.userId)
			)
		);
	if (!profile) throw new AppError('not_found', 'error.404.text');
	authorize(ctx.actor, profile.userId === ctx.actor.userId || canManageVolunteering(ctx.actor));
	return profile;
}

function dayText(i18n: I18n, day: string): string {
	return i18n.formatDate(new Date(`${day}T12:00:00Z`), { dateStyle: 'long' });
}

/**
 * The certificate of volunteering: organisations, periods, hours and tasks from approved records,
 * with a new verification code each time it is issued (the code and total are kept and audited).
 */
export async function issueCertificate(
	ctx: Context,
	options: { profileId?: string | null; now?: Date } = {}
): Promise<ExportedFile & { code: string }> {
	const profile = await profileForDocuments(ctx, options.profileId ?? null);
	const now = options.now ?? new Date();
	const rows = await ctx.db
		.select({
			workedOn: volunteerHours.workedOn,
			minutes: volunteerHours.minutes,
			task: volunteerHours.task,
			organiser: volunteerOpportunities.organiserName,
			title: volunteerOpportunities.title
		})
		.from(volunteerHours)
		.innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerHours.opportunityId))
		.where(and(eq(volunteerHours.profileId, profile.id), eq(volunteerHours.status, 'approved')))
		.orderBy(asc(volunteerHours.workedOn));
	const locale = documentLocale(profile);
	const { office, i18n, logo } = await officeFor(ctx, locale);
	const officeName = i18n.text(office.name);
	const totals = hoursTotals(rows.map((row) => ({ ...row, organiser: row.organiser || office.name })));
	const groups = new Map<string, { from: string; to: string; minutes: number; tasks: Set<string> }>();
	for (const row of rows) {
		const organiser = row.organiser || office.name;
		const group = groups.get(organiser) ?? {
			from: row.workedOn,
			to: row.workedOn,
			minutes: 0,
			tasks: new Set<string>()
		};
		group.to = row.workedOn;
		group.minutes += row.minutes;
		group.tasks.add(i18n.text(row.title));
		groups.set(organiser, group);
	}
	let code = '';
	for (let attempt = 0; ; attempt++) {
		code = readableCode(10);
		try {
			await ctx.db.transaction(async (tx) => {
				await tx
					.insert(volunteerCertificates)
					.values({ officeId: ctx.officeId, profileId: profile.id, code, minutes: totals.totalMinutes, issuedAt: now });
				await recordAudit(tx, {
					officeId: ctx.officeId,
					actor: ctx.actor,
					action: 'volunteering.certificate.issued',
					entityType: 'volunteer_profile',
					entityId: profile.id,
					details: { code, minutes: totals.totalMinutes }
				});
			});
			break;
		} catch (caught) {
			if (attempt < 3 && isUniqueViolation(caught)) continue;
			throw caught;
		}
	}
	const t = i18n.t;
	const blocks: ExportBlock[] = [
		{ kind: 'heading', level: 1, text: t('volunteering.certificate.title') },
		{
			kind: 'paragraph',
			text: t('volunteering.certificate.intro', { name: i18n.text(profile.name), office: officeName })
		},
		{
			kind: 'facts',
			items: [
				{ label: t('volunteering.card.name'), value: i18n.text(profile.name) },
				{ label: t('volunteering.card.number'), value: profile.cardNumber },
				{ label: t('volunteering.account.totalHours'), value: i18n.formatNumber(minutesToHours(totals.totalMinutes)) }
			]
		},
		{
			kind: 'table',
			table: {
				columns: [
					{ header: t('volunteering.public.organiser'), kind: 'text', width: 30 },
					{ header: t('volunteering.public.period'), kind: 'text', width: 30 },
					{ header: t('volunteering.hours.label'), kind: 'number', width: 10 },
					{ header: t('volunteering.hours.task'), kind: 'text', width: 40 }
				],
				rows: [...groups.entries()].map(([organiser, group]) => [
					i18n.text(organiser),
					`${dayText(i18n, group.from)} – ${dayText(i18n, group.to)}`,
					minutesToHours(group.minutes),
					[...group.tasks].join(', ')
				])
			}
		},
		{
			kind: 'paragraph',
			text: t('volunteering.certificate.code', { code, date: i18n.formatDate(now, { dateStyle: 'long' }) })
		}
	];
	const document: ExportDocument = {
		locale,
		title: t('volunteering.certificate.title'),
		office: { name: officeName, logo },
		blocks,
		sheets: [],
		fileName: `${t('volunteering.certificate.fileName')}-${profile.cardNumber}`,
		pageLabel: t('volunteering.document.page')
	};
	return { ...(await renderExport(document, 'pdf')), code };
}

/** The volunteer card as a printable PDF: name, number, validity, and the verification address as text and QR code. */
export async function renderCard(ctx: Context, options: { profileId?: string | null } = {}): Promise<ExportedFile> {
	const profile = await profileForDocuments(ctx, options.profileId ?? null);
	const locale = documentLocale(profile);
	const { office, i18n, logo } = await officeFor(ctx, locale);
	const t = i18n.t;
	const verify = publicLink(office, `/volunteering/card/${profile.cardCode}`, locale);
	const file = await renderExport(
		{
			locale,
			title: t('volunteering.card.documentTitle'),
			office: { name: i18n.text(office.name), logo },
			blocks: [
				{ kind: 'heading', level: 1, text: t('volunteering.card.documentTitle') },
				{
					kind: 'facts',
					items: [
						{ label: t('volunteering.card.name'), value: i18n.text(profile.name) },
						{ label: t('volunteering.card.number'), value: profile.cardNumber },
						{
							label: t('volunteering.card.validUntil'),
							value: profile.cardValidUntil ? dayText(i18n, profile.cardValidUntil) : '—'
						}
					]
				},
				{ kind: 'paragraph', text: `${t('volunteering.account.verify')}: ${verify}` }
			],
			sheets: [],
			fileName: `${t('volunteering.card.fileName')}-${profile.cardNumber}`,
			pageLabel: t('volunteering.document.page')
		},
		'pdf'
	);
	return { ...file, body: await stampQrOnPdf(file.body, verify) };
}

/** Why a contract is required for an application, from the law's rules and the records. */
export async function contractReasonsFor(ctx: Context, applicationId: string): Promise<ContractReasonKey[]> {
	const facts = await contractFacts(ctx, applicationId);
	return facts.reasons;
}

async function contractFacts(ctx: Context, applicationId: string) {
	authorize(ctx.actor, !!ctx.actor);
	const [row] = await ctx.db
		.select({ application: volunteerApplications, opportunity: volunteerOpportunities, profile: volunteerProfiles })
		.from(volunteerApplications)
		.innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerApplications.opportunityId))
		.innerJoin(volunteerProfiles, eq(volunteerProfiles.id, volunteerApplications.profileId))
		.where(and(eq(volunteerApplications.officeId, ctx.officeId), eq(volunteerApplications.id, applicationId)));
	if (!row) throw new AppError('not_found', 'error.404.text');
	const own = row.profile.userId === ctx.actor.userId;
	authorize(ctx.actor, own || (await canOrganise(ctx.db, ctx.officeId, ctx.actor, row.opportunity)));
	const shifts = await ctx.db
		.select()
		.from(volunteerShifts)
		.innerJoin(volunteerApplications, eq(volunteerApplications.shiftId, volunteerShifts.id))
		.where(
			and(
				eq(volunteerApplications.profileId, row.profile.id),
				eq(volunteerShifts.opportunityId, row.opportunity.id),
				eq(volunteerApplications.status, 'accepted')
			)
		);
	const recorded = await ctx.db
		.select({ workedOn: volunteerHours.workedOn, minutes: volunteerHours.minutes })
		.from(volunteerHours)
		.where(and(eq(volunteerHours.profileId, row.profile.id), eq(volunteerHours.status, 'approved')));
	const planned = shifts.map((item) => item.volunteer_shifts);
	const firstDay =
		planned.length > 0
			? belgradeDate(planned.map((shift) => shift.startsAt).sort((a, b) => a.getTime() - b.getTime())[0])
			: (row.opportunity.startsOn ?? belgradeDate(row.application.createdAt));
	const reasons = contractReasons({
		birthDate: row.profile.birthDate,
		firstDay,
		plan: {
			hoursPerWeek: row.opportunity.hoursPerWeek,
			startsOn: row.opportunity.startsOn,
			endsOn: row.opportunity.endsOn,
			shifts: planned
		},
		recorded,
		requested: row.application.contractRequested
	});
	return { ...row, planned, firstDay, reasons };
}

/**
 * The written contract (art. 13 of the Law on Volunteering) as PDF or DOCX in the volunteer's
 * script, with every item the law lists: the parties, the beneficiary, place and duration, the
 * work, training, costs and their reimbursement, rights and duties, and signatures (the guardian's
 * too for a minor). Generating it records the contract (with its number) once.
 */
export async function renderContract(
	ctx: Context,
	options: { applicationId: string; format: 'pdf' | 'docx'; now?: Date }
): Promise<ExportedFile> {
	const facts = await contractFacts(ctx, options.applicationId);
	const now = options.now ?? new Date();
	const [existing] = await ctx.db
		.select()
		.from(volunteerContracts)
		.where(eq(volunteerContracts.applicationId, facts.application.id));
	const contract =
		existing ??
		(await ctx.db.transaction(async (tx) => {
			const [created] = await tx
				.insert(volunteerContracts)
				.values({
					officeId: ctx.officeId,
					applicationId: facts.application.id,
					reasons: facts.reasons,
					number: `${belgradeDate(now).slice(0, 4)}-${readableCode(5)}`,
					createdAt: now
				})
				.onConflictDoNothing()
				.returning();
			if (created)
				await recordAudit(tx, {
					officeId: ctx.officeId,
					actor: ctx.actor,
					action: 'volunteering.contract.created',
					entityType: 'volunteer_application',
					entityId: facts.application.id,
					details: { reasons: facts.reasons }
				});
			return (
				created ??
				(
					await tx.select().from(volunteerContracts).where(eq(volunteerContracts.applicationId, facts.application.id))
				)[0]
			);
		}));
	const locale = documentLocale(facts.profile);
	const { office, i18n, logo } = await officeFor(ctx, locale);
	const t = i18n.t;
	const organiser = facts.opportunity.organiserName
		? i18n.text(facts.opportunity.organiserName)
		: i18n.text(office.name);
	const minor = facts.reasons.includes('minor');
	const duration = facts.opportunity.isOpenEnded
		? `${facts.opportunity.startsOn ? dayText(i18n, facts.opportunity.startsOn) : ''} – ${facts.opportunity.endsOn ? dayText(i18n, facts.opportunity.endsOn) : ''}${facts.opportunity.hoursPerWeek ? `, ${t('volunteering.public.hoursPerWeek', { count: facts.opportunity.hoursPerWeek })}` : ''}`
		: facts.planned
				.map(
					(shift) =>
						`${i18n.formatDate(shift.startsAt, { dateStyle: 'long', timeStyle: 'short' })}–${i18n.formatDate(shift.endsAt, { timeStyle: 'short' })}`
				)
				.join('; ') || dayText(i18n, facts.firstDay);
	const blocks: ExportBlock[] = [
		{ kind: 'heading', level: 1, text: t('volunteering.contract.title') },
		{ kind: 'paragraph', text: t('volunteering.contract.number', { number: contract.number }) },
		{ kind: 'heading', level: 2, text: t('volunteering.contract.parties') },
		{
			kind: 'facts',
			items: [
				{ label: t('volunteering.contract.organiser'), value: organiser },
				{
					label: t('volunteering.contract.volunteer'),
					value: `${i18n.text(facts.profile.name)}${facts.profile.birthDate ? `, ${dayText(i18n, facts.profile.birthDate)}` : ''}`
				},
				{ label: t('volunteering.public.beneficiary'), value: i18n.text(facts.opportunity.beneficiary) || '—' }
			]
		},
		{ kind: 'heading', level: 2, text: t('volunteering.contract.work') },
		{
			kind: 'facts',
			items: [
				{ label: t('volunteering.form.title'), value: i18n.text(facts.opportunity.title) },
				{
					label: t('volunteering.public.place'),
					value: facts.opportunity.isRemote ? t('volunteering.public.remote') : i18n.text(facts.opportunity.place)
				},
				{ label: t('volunteering.contract.duration'), value: duration },
				{
					label: t('volunteering.form.description'),
					value: i18n.text(facts.opportunity.description) || i18n.text(facts.opportunity.summary) || '—'
				}
			]
		},
		{ kind: 'heading', level: 2, text: t('volunteering.public.training') },
		{ kind: 'paragraph', text: i18n.text(facts.opportunity.training) || t('volunteering.contract.none') },
		{ kind: 'heading', level: 2, text: t('volunteering.contract.costs') },
		{ kind: 'paragraph', text: i18n.text(facts.opportunity.costsReimbursed) || t('volunteering.contract.none') },
		{ kind: 'heading', level: 2, text: t('volunteering.contract.rights') },
		{
			kind: 'paragraph',
			text: i18n.text(facts.opportunity.rightsAndDuties) || t('volunteering.contract.rightsDefault')
		},
		{ kind: 'heading', level: 2, text: t('volunteering.contract.why') },
		{ kind: 'list', items: facts.reasons.map((reason) => t(`volunteering.contract.reason.${reason}`)) },
		{ kind: 'heading', level: 2, text: t('volunteering.contract.signatures') },
		{
			kind: 'list',
			items: [
				`${t('volunteering.contract.organiser')}: ______________________`,
				`${t('volunteering.contract.volunteer')}: ______________________`,
				...(minor ? [`${t('volunteering.contract.guardian')}: ______________________`] : [])
			]
		}
	];
	return renderExport(
		{
			locale,
			title: t('volunteering.contract.title'),
			office: { name: i18n.text(office.name), logo },
			blocks,
			sheets: [],
			fileName: `${t('volunteering.contract.fileName')}-${contract.number}`,
			pageLabel: t('volunteering.document.page')
		},
		options.format
	);
}

/** The organiser (signed on paper) or the volunteer (confirmed online) records the contract as signed. */
export async function markContractSigned(ctx: Context, options: { applicationId: string; now?: Date }): Promise<void> {
	const facts = await contractFacts(ctx, options.applicationId);
	const now = options.now ?? new Date();
	const online = facts.profile.userId === ctx.actor!.userId;
	await ctx.db.transaction(async (tx) => {
		const [updated] = await tx
			.update(volunteerContracts)
			.set({ signedAt: now, signedOnline: online })
			.where(eq(volunteerContracts.applicationId, facts.application.id))
			.returning({ id: volunteerContracts.id });
		if (!updated) throw new AppError('conflict', 'volunteering.contract.notGenerated');
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'volunteering.contract.signed',
			entityType: 'volunteer_application',
			entityId: facts.application.id,
			details: { online }
		});
	});
}
