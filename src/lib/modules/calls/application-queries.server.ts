import { and, desc, eq, isNull, or } from 'drizzle-orm';
import { authorize, type Context } from '../../server/actor.ts';
import { listMyOrganisations } from '../organisations/self-service-queries.server.ts';
import { callApplications, fundingCalls } from './schema.ts';
import { budgetTotals, callState } from './rules.ts';
import {
	editableUntil,
	isEditableAt,
	loadOwnApplication,
	openSections
} from './commands/applications-shared.server.ts';
import { listAttachmentsOf } from './commands/application-attachments.server.ts';
import { listDirectory } from '../organisations/directory-queries.server.ts';

/** How many organisations of the public directory the partner picker offers. */
const PARTNER_CHOICES = 300;
import { listMeasureChoices } from './queries.server.ts';

/** One application for its authors, with its call's form (categories, questions, measures) and the budget totals. */
export async function getOwnApplication(ctx: Context, id: string, now: Date = new Date()) {
	authorize(ctx.actor, !!ctx.actor);
	const { application, call } = await loadOwnApplication(ctx.db, ctx.officeId, ctx.actor, id);
	const measures = new Set(call.measureIds);
	const directory = await listDirectory(ctx.db, ctx.officeId, { pageSize: PARTNER_CHOICES });
	return {
		application: {
			...application,
			totals: budgetTotals(application.budget),
			attachments: await listAttachmentsOf(ctx.db, application.id),
			openSections: openSections(application)
		},
		partnerChoices: directory.rows.map((row) => ({ id: row.id, name: row.name, path: row.path })),
		call: {
			id: call.id,
			slug: call.slug,
			title: call.title,
			titleEn: call.titleEn,
			closesAt: editableUntil(application, call),
			state: callState(call, now),
			isEditable: isEditableAt(application, call, now),
			minPerProject: call.minPerProject,
			maxPerProject: call.maxPerProject,
			coFinancingPercent: call.coFinancingPercent,
			groupMinMembers: call.groupMinMembers,
			costCategories: call.costCategories.filter((category) => category.isEligible),
			questions: call.questions,
			attachmentKinds: call.attachmentKinds,
			measures: (await listMeasureChoices(ctx.db, ctx.officeId)).filter((measure) => measures.has(measure.id))
		}
	};
}
export type OwnApplication = Awaited<ReturnType<typeof getOwnApplication>>;

/** The applications the signed-in person wrote or may edit for an association they represent, newest first. */
export async function listMyApplications(ctx: Context, now: Date = new Date()) {
	authorize(ctx.actor, !!ctx.actor);
	const represented = (await listMyOrganisations(ctx))
		.filter((organisation) => organisation.claim === 'approved')
		.map((organisation) => organisation.id);
	const rows = await ctx.db
		.select({
			id: callApplications.id,
			title: callApplications.title,
			applicantName: callApplications.applicantName,
			status: callApplications.status,
			reference: callApplications.reference,
			requested: callApplications.requested,
			callTitle: fundingCalls.title,
			callTitleEn: fundingCalls.titleEn,
			opensAt: fundingCalls.opensAt,
			closesAt: fundingCalls.closesAt,
			updatedAt: callApplications.updatedAt
		})
		.from(callApplications)
		.innerJoin(fundingCalls, eq(fundingCalls.id, callApplications.callId))
		.where(
			and(
				eq(callApplications.officeId, ctx.officeId),
				or(
					and(isNull(callApplications.organisationId), eq(callApplications.createdBy, ctx.actor.userId)),
					...represented.map((organisationId) => eq(callApplications.organisationId, organisationId))
				)
			)
		)
		.orderBy(desc(callApplications.updatedAt));
	return rows.map((row) => ({ ...row, callState: callState(row, now) }));
}

/** The ways the signed-in person can apply to a call: as an informal group, or for associations they represent. */
export async function listApplyChoices(ctx: Context, applicantTypes: readonly string[]) {
	if (!ctx.actor) return { informalGroup: false, organisations: [] };
	const organisations = (await listMyOrganisations(ctx)).filter(
		(organisation) => organisation.claim === 'approved' && applicantTypes.includes(organisation.type)
	);
	return {
		informalGroup: applicantTypes.includes('informal_group'),
		organisations: organisations.map((organisation) => ({
			id: organisation.id,
			name: organisation.name,
			type: organisation.type
		}))
	};
}
