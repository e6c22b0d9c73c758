import { and, desc, eq, or } from 'drizzle-orm';
import { authorize, type Context } from '../../server/actor.ts';
import { listMyOrganisations } from '../organisations/self-service-queries.server.ts';
import { getRepresentationStatus, representationStatus } from '../organisations/self-service.server.ts';
import { callApplications, fundingCalls } from './schema.ts';
import { budgetTotals, callState } from './rules.ts';
import {
	editableUntil,
	isEditableAt,
	loadOwnApplication,
	openSections
} from './commands/applications-shared.server.ts';
import { listAttachmentsOf } from './commands/application-attachments.server.ts';
import { listDirectory, type DirectoryFilter } from '../organisations/directory-queries.server.ts';

/** How many organisations of the public directory the partner picker offers. */
const PARTNER_CHOICES = 300;
import { listMeasureChoices } from './queries.server.ts';

/** One application for its authors, with its call's form (categories, questions, measures) and the budget totals. */
export async function getOwnApplication(ctx: Context, id: string, now: Date = new Date()) {
	authorize(ctx.actor, !!ctx.actor);
	const { application, call } = await loadOwnApplication(ctx.db, ctx.officeId, ctx.actor, id);
	const measures = new Set(call.measureIds);
	const directory = await listDirectory(ctx.db, ctx.officeId, { pageSize: PARTNER_CHOICES });
	// For an association: whether the reader's request to represent (or list) it still waits for staff.
	const representation = application.organisationId
		? ((await getRepresentationStatus(ctx.db, ctx.officeId, ctx.actor, application.organisationId)) ?? 'refused')
		: null;
	return {
		application: {
			...application,
			representation,
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

/**
 * The applications the signed-in person started or may edit for an association they represent, newest first; a
 * draft for an association whose representation or listing staff have not approved yet is marked as waiting.
 */
export async function listMyApplications(ctx: Context, now: Date = new Date()) {
	authorize(ctx.actor, !!ctx.actor);
	const mine = await listMyOrganisations(ctx);
	const represented = mine
		.filter((organisation) => representationStatus(organisation) === 'approved')
		.map((organisation) => organisation.id);
	const waiting = new Set(
		mine
			.filter((organisation) => representationStatus(organisation) === 'pending')
			.map((organisation) => organisation.id)
	);
	const rows = await ctx.db
		.select({
			id: callApplications.id,
			organisationId: callApplications.organisationId,
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
					eq(callApplications.createdBy, ctx.actor.userId),
					...represented.map((organisationId) => eq(callApplications.organisationId, organisationId))
				)
			)
		)
		.orderBy(desc(callApplications.updatedAt));
	return rows.map(({ organisationId, ...row }) => ({
		...row,
		callState: callState(row, now),
		isAwaitingApproval: !!organisationId && waiting.has(organisationId)
	}));
}

/**
 * The ways the signed-in person can apply to a call: as an informal group, or for associations they represent or
 * have asked to represent or to list (those marked as waiting for staff).
 */
export async function listApplyChoices(ctx: Context, applicantTypes: readonly string[]) {
	const acceptsAssociations = applicantTypes.some((type) => type !== 'informal_group');
	if (!ctx.actor) return { informalGroup: false, acceptsAssociations, organisations: [] };
	const organisations = (await listMyOrganisations(ctx))
		.map((organisation) => ({ ...organisation, representation: representationStatus(organisation) }))
		.filter((organisation) => organisation.representation !== 'refused' && applicantTypes.includes(organisation.type));
	return {
		informalGroup: applicantTypes.includes('informal_group'),
		acceptsAssociations,
		organisations: organisations.map((organisation) => ({
			id: organisation.id,
			name: organisation.name,
			type: organisation.type,
			isAwaitingApproval: organisation.representation === 'pending'
		}))
	};
}

/** How many directory entries the "find your association" page shows for one search. */
const REPRESENT_CHOICES = 20;

/**
 * Associations of the public directory of a type the call accepts, matching a search in either script: the ones a
 * person may ask to represent while applying (the claim itself is the organisations module's).
 */
export async function listAssociationsToRepresent(
	ctx: Context,
	applicantTypes: readonly string[],
	query: string
): Promise<{ id: string; name: string; path: string; type: string }[]> {
	const types = applicantTypes.filter((type) => type !== 'informal_group') as NonNullable<DirectoryFilter['type']>[];
	if (types.length === 0) return [];
	const { rows } = await listDirectory(ctx.db, ctx.officeId, {
		query,
		type: types.length === 1 ? types[0] : null,
		pageSize: REPRESENT_CHOICES * 3
	});
	return rows
		.filter((row) => types.includes(row.type))
		.slice(0, REPRESENT_CHOICES)
		.map((row) => ({ id: row.id, name: row.name, path: row.path, type: row.type }));
}
