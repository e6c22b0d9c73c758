import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { auditLog, outboxMessages } from '../../server/db/core-schema.ts';
import { docxText } from '../../export/test-helpers.ts';
import { callApplications, callReports, callScores, fundingCalls } from './schema.ts';
import { decideAppeal, lodgeAppeal, publishDecision, recordDecision } from './commands/decision.server.ts';
import {
	createContract,
	recordPayment,
	reviewReport,
	sendReportReminders,
	submitReport
} from './commands/contracts.server.ts';
import {
	getContractForStaff,
	getDecisionForStaff,
	getPublicDecision,
	getResultsForApplicant,
	readReportFile
} from './decision-queries.server.ts';
import { contractFile, decisionPdf } from './decision-documents.server.ts';
import { getApplicationForMember } from './committee-queries.server.ts';
import { callsStatistics } from './statistics.server.ts';
import { countGrantsByYear } from './indicator-sources.server.ts';
import { listPlanGrants } from './plan-grants.server.ts';
import { exportCall } from './exports.server.ts';
import {
	actionPlans,
	planActivities,
	planActivityBudgets,
	planAreas,
	planGoals,
	planMeasures
} from '../action-plan/schema.ts';
import { getPlanTree } from '../action-plan/queries.server.ts';
import { buildPlanDocument } from '../action-plan/export/plan-document.server.ts';
import { createI18n } from '../../i18n/index.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;
let applicants: Actor[];
let callId: string;
const ids: string[] = [];

const check = {
	isComplete: true,
	isEligibleApplicant: true,
	isWithinLimits: true,
	outcome: 'passed' as const,
	note: '',
	completionDue: '',
	checkedBy: 'Координаторка',
	checkedAt: '2026-04-02T10:00:00.000Z'
};
const afterClose = new Date('2026-04-20T10:00:00Z');
const decision = { number: '400-12/2026', decidedOn: '2026-04-20', appealUntil: '2026-04-28', note: '' };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	applicants = await Promise.all([1, 2, 3].map(() => createPerson(test.db, { officeId })));
	const scorer = await createPerson(test.db, { officeId });
	const [call] = await test.db
		.insert(fundingCalls)
		.values({
			officeId,
			slug: 'konkurs-2026',
			title: 'Конкурс 2026',
			totalBudget: 300_000,
			maxPerProject: 200_000,
			applicantTypes: ['informal_group'],
			criteria: [{ key: 'need', name: 'Потребе', nameEn: '', maxPoints: 100 }],
			minTotalPoints: 50,
			allowsPartialFunding: false,
			publishesScores: false,
			opensAt: new Date('2026-03-01T07:00:00Z'),
			closesAt: new Date('2026-03-31T13:00:00Z'),
			status: 'published'
		})
		.returning();
	callId = call.id;
	// Points 90, 80, 40: the third is under the minimum; the first two fit the budget whole.
	for (const [index, [requested, points]] of [
		[150_000, 90],
		[120_000, 80],
		[100_000, 40]
	].entries()) {
		const [application] = await test.db
			.insert(callApplications)
			.values({
				officeId,
				callId,
				applicantType: 'informal_group',
				createdBy: applicants[index].userId,
				applicantName: `Група ${index + 1}`,
				contactEmail: `grupa${index + 1}@example.test`,
				title: `Пројекат ${index + 1}`,
				budget: [{ categoryKey: 'x', description: 'Материјал', quantity: 1, unitPrice: requested, coFinanced: 0 }],
				requested,
				status: 'submitted',
				reference: `P-2026-000${index + 1}`,
				submittedAt: new Date('2026-03-20T10:00:00Z'),
				administrativeCheck: check
			})
			.returning();
		ids.push(application.id);
		await test.db
			.insert(callScores)
			.values({ applicationId: application.id, memberUserId: scorer.userId, points: { need: points } });
	}
});
afterAll(() => test.close());

async function refusal(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (caught) {
		if (isAppError(caught)) return { code: caught.code, key: caught.messageKey, fields: caught.fieldErrors };
		throw caught;
	}
	throw new Error('expected a refusal');
}

const staff = () => contextOf(test.db, officeId, coordinator);
const applicant = (index: number) => contextOf(test.db, officeId, applicants[index]);

describe('the decision', () => {
	it('is refused while the call is open, and for amounts the call does not allow', async () => {
		expect(
			await refusal(
				recordDecision(staff(), { callId, input: decision, awards: {}, now: new Date('2026-03-30T10:00:00Z') })
			)
		).toMatchObject({ key: 'calls.decision.callNotClosed' });
		expect(
			await refusal(
				recordDecision(staff(), { callId, input: decision, awards: { [ids[0]]: 160_000 }, now: afterClose })
			)
		).toMatchObject({ fields: { [`award.${ids[0]}`]: 'calls.decision.award.overRequest' } });
		expect(
			await refusal(
				recordDecision(staff(), { callId, input: decision, awards: { [ids[1]]: 100_000 }, now: afterClose })
			)
		).toMatchObject({ fields: { [`award.${ids[1]}`]: 'calls.decision.award.partialNotAllowed' } });
		expect(
			await refusal(
				recordDecision(staff(), { callId, input: decision, awards: { [ids[2]]: 100_000 }, now: afterClose })
			)
		).toMatchObject({ fields: { [`award.${ids[2]}`]: 'calls.decision.award.notEligible' } });
		expect(await refusal(publishDecision(staff(), { callId, now: afterClose }))).toMatchObject({
			key: 'calls.decision.notRecorded'
		});
	});

	it('takes the ranking’s proposal, publishes names and amounts without points, and tells every applicant', async () => {
		await recordDecision(staff(), { callId, input: decision, awards: {}, now: afterClose });
		const [call] = await test.db.select().from(fundingCalls).where(eq(fundingCalls.id, callId));
		expect(await getPublicDecision(test.db, call, afterClose)).toBeNull();
		await publishDecision(staff(), { callId, now: afterClose });
		const published = await getPublicDecision(test.db, call, afterClose);
		expect(published).toMatchObject({ number: '400-12/2026', total: 270_000, stage: 'appealWindow' });
		expect(published!.rows.map((row) => [row.applicantName, row.awarded, row.average])).toEqual([
			['Група 1', 150_000, null],
			['Група 2', 120_000, null],
			['Група 3', 0, null]
		]);
		const mails = await test.db.select().from(outboxMessages).where(eq(outboxMessages.officeId, officeId));
		expect(mails.map((mail) => mail.toAddress).sort()).toEqual([
			'grupa1@example.test',
			'grupa2@example.test',
			'grupa3@example.test'
		]);
		expect(mails.find((mail) => mail.toAddress === 'grupa1@example.test')!.textBody).toContain(
			`/account/applications/${ids[0]}/results`
		);
		expect(
			await refusal(recordDecision(staff(), { callId, input: decision, awards: {}, now: afterClose }))
		).toMatchObject({ key: 'calls.decision.alreadyPublished' });
		const pdf = await decisionPdf(test.db, officeId, { slug: 'konkurs-2026', locale: 'sr-Latn', now: afterClose });
		expect(Buffer.from(pdf!.body.slice(0, 5)).toString()).toBe('%PDF-');
	});
});

describe('an applicant’s results', () => {
	it('show the applicant their own row and score only; another applicant gets not found, and no committee view', async () => {
		const own = await getResultsForApplicant(applicant(1), ids[1], afterClose);
		expect(own.decision?.row).toMatchObject({ applicationId: ids[1], awarded: 120_000, average: 80 });
		expect(own.application.id).toBe(ids[1]);
		// Someone else's results, score and application: "not found", so not even their existence leaks.
		for (const other of [0, 2]) {
			expect(await refusal(getResultsForApplicant(applicant(1), ids[other], afterClose))).toMatchObject({
				code: 'not_found',
				key: 'error.404.text'
			});
			expect(await refusal(getApplicationForMember(applicant(1), ids[other]))).toMatchObject({ code: 'not_found' });
		}
		// Not even their own application's individual scores through the committee's page.
		expect(await refusal(getApplicationForMember(applicant(1), ids[1]))).toMatchObject({ code: 'not_found' });
	});
});

describe('appeals', () => {
	it('are lodged by the applicant until the last day, never for someone else’s application', async () => {
		expect(
			await refusal(lodgeAppeal(applicant(1), { applicationId: ids[2], text: 'Туђа', now: afterClose }))
		).toMatchObject({ code: 'not_found' });
		await lodgeAppeal(applicant(2), {
			applicationId: ids[2],
			text: 'Бодови нису добро сабрани.',
			now: new Date('2026-04-28T21:00:00Z')
		});
		expect(
			await refusal(
				lodgeAppeal(applicant(2), { applicationId: ids[2], text: 'Касно', now: new Date('2026-04-28T22:30:00Z') })
			)
		).toMatchObject({ key: 'calls.appeal.windowClosed' });
	});

	it('keep the decision from being final until decided; a contract waits for it', async () => {
		const afterWindow = new Date('2026-05-02T10:00:00Z');
		const view = await getDecisionForStaff(staff(), callId, afterWindow);
		expect(view.stage).toBe('appealsPending');
		expect(
			await refusal(
				createContract(staff(), {
					applicationId: ids[0],
					input: {
						number: 'У-1',
						signedOn: '',
						firstPercent: 80,
						firstDue: '2026-05-10',
						secondDue: '2026-09-10',
						interimReportDue: '2026-07-01',
						finalReportDue: '2026-10-01'
					},
					now: afterWindow
				})
			)
		).toMatchObject({ key: 'calls.contract.decisionNotFinal' });
		// Upholding it cannot give money the budget no longer has.
		expect(
			await refusal(
				decideAppeal(staff(), {
					appealId: view.appeals[0].id,
					outcome: 'upheld',
					answer: 'Усвојено',
					awarded: 100_000,
					now: afterWindow
				})
			)
		).toMatchObject({ fields: { awarded: 'calls.decision.overBudget|{"budget":300000}' } });
		await decideAppeal(staff(), {
			appealId: view.appeals[0].id,
			outcome: 'rejected',
			answer: 'Бодови су тачни.',
			awarded: 0,
			now: afterWindow
		});
		expect((await getDecisionForStaff(staff(), callId, afterWindow)).stage).toBe('final');
		const results = await getResultsForApplicant(applicant(2), ids[2], afterWindow);
		expect(results.appeals[0]).toMatchObject({ outcome: 'rejected', answer: 'Бодови су тачни.' });
	});
});

describe('contracts, payments and reports', () => {
	const now = new Date('2026-05-03T10:00:00Z');
	let contractId: string;

	it('makes a contract with tranches that add up, as PDF and DOCX', async () => {
		({ id: contractId } = await createContract(staff(), {
			applicationId: ids[0],
			input: {
				number: 'У-1/2026',
				signedOn: '2026-05-03',
				firstPercent: 80,
				firstDue: '2026-05-10',
				secondDue: '2026-09-10',
				interimReportDue: '2026-07-01',
				finalReportDue: '2026-10-01'
			},
			now
		}));
		const page = await getContractForStaff(staff(), callId, ids[0], now);
		expect(page.contract!.tranches).toEqual([
			{ amount: 120_000, dueOn: '2026-05-10' },
			{ amount: 30_000, dueOn: '2026-09-10' }
		]);
		expect(page.reports.map((report) => [report.kind, report.dueOn])).toEqual([
			['interim', '2026-07-01'],
			['final', '2026-10-01'],
			['financial', '2026-10-01']
		]);
		const docx = await contractFile(staff(), { applicationId: ids[0], format: 'docx', locale: 'sr-Latn' });
		const text = docxText(docx.body);
		expect(text).toContain('Ugovor o finansiranju projekta br. U-1/2026');
		expect(text).toContain('Grupa 1');
		expect(text).toContain('120.000');
		const pdf = await contractFile(staff(), { applicationId: ids[0], format: 'pdf', locale: 'sr-Cyrl' });
		expect(pdf.fileName.endsWith('.pdf')).toBe(true);
		expect(
			await refusal(
				contractFile(contextOf(test.db, officeId, applicants[0]), {
					applicationId: ids[0],
					format: 'pdf',
					locale: 'en'
				})
			)
		).toMatchObject({ code: 'forbidden' });
	});

	it('records each tranche once, never above it', async () => {
		expect(
			await refusal(
				recordPayment(staff(), { contractId, tranche: 0, amount: 130_000, paidOn: '2026-05-10', reference: '' })
			)
		).toMatchObject({ fields: { amount: 'calls.payment.overTranche' } });
		await recordPayment(staff(), { contractId, tranche: 0, amount: 120_000, paidOn: '2026-05-10', reference: 'N-1' });
		expect(
			await refusal(recordPayment(staff(), { contractId, tranche: 0, amount: 1, paidOn: '2026-05-11', reference: '' }))
		).toMatchObject({ key: 'calls.payment.alreadyPaid' });
	});

	it('reminds before and after a due day, once each', async () => {
		expect(await sendReportReminders(test.db, new Date('2026-06-20T10:00:00Z'))).toBe(0);
		expect(await sendReportReminders(test.db, new Date('2026-06-26T10:00:00Z'))).toBe(1);
		expect(await sendReportReminders(test.db, new Date('2026-06-27T10:00:00Z'))).toBe(0);
		expect(await sendReportReminders(test.db, new Date('2026-07-02T10:00:00Z'))).toBe(1);
		const [reminder] = await test.db
			.select()
			.from(outboxMessages)
			.where(eq(outboxMessages.subject, 'Рок је прошао: извештај за пријаву P-2026-0001'));
		expect(reminder.textBody).toContain(`/account/applications/${ids[0]}/results`);
	});

	it('takes reports from the applicant only, files checked by their bytes; staff return and accept them', async () => {
		const report = { applicationId: ids[0], done: 'Радионице', results: '40 учесника', spent: {}, now };
		expect(await refusal(submitReport(applicant(1), { ...report, kind: 'interim', files: [] }))).toMatchObject({
			code: 'not_found'
		});
		expect(
			await refusal(
				submitReport(applicant(0), {
					...report,
					kind: 'interim',
					files: [{ name: 'slika.png', bytes: new TextEncoder().encode('<html>not an image</html>') }]
				})
			)
		).toMatchObject({ fields: { files: 'calls.report.fileType' } });
		await submitReport(applicant(0), { ...report, kind: 'interim', files: [{ name: 'slika.png', bytes: PNG }] });
		const [interim] = await test.db.select().from(callReports).where(eq(callReports.kind, 'interim'));
		expect(interim).toMatchObject({ status: 'submitted', done: 'Радионице' });
		expect(interim.fileIds).toHaveLength(1);
		await reviewReport(staff(), { reportId: interim.id, verdict: 'returned', comment: 'Додајте фотографије.' });
		await submitReport(applicant(0), { ...report, kind: 'interim', files: [{ name: 'slika2.png', bytes: PNG }] });
		await reviewReport(staff(), { reportId: interim.id, verdict: 'accepted', comment: '' });
		expect(await refusal(submitReport(applicant(0), { ...report, kind: 'interim', files: [] }))).toMatchObject({
			key: 'calls.report.notEditable'
		});
		expect(
			await refusal(submitReport(applicant(0), { ...report, kind: 'financial', spent: { 0: 140_000 }, files: [] }))
		).toMatchObject({ fields: { files: 'calls.report.receiptsRequired' } });
		await submitReport(applicant(0), {
			...report,
			kind: 'financial',
			spent: { 0: 140_000 },
			files: [{ name: 'racun.png', bytes: PNG }]
		});
		const results = await getResultsForApplicant(applicant(0), ids[0], now);
		expect(results.reports.map((item) => [item.kind, item.status])).toEqual([
			['interim', 'accepted'],
			['final', 'due'],
			['financial', 'submitted']
		]);
		expect(results.reports[2].spentLines).toEqual([{ line: 0, spent: 140_000 }]);
	});

	it('lets the applicant download their report’s photos and receipts again; others get not found; staff audited', async () => {
		const results = await getResultsForApplicant(applicant(0), ids[0], now);
		const [receipt] = results.reports[2].files;
		expect(receipt.name).toMatch(/racun/);
		const audited = async () =>
			(await test.db.select().from(auditLog).where(eq(auditLog.action, 'calls.report.file_viewed'))).length;
		const before = await audited();
		expect((await readReportFile(applicant(0), ids[0], receipt.id)).bytes).toEqual(PNG);
		expect(await audited()).toBe(before);
		expect(await refusal(readReportFile(applicant(1), ids[0], receipt.id))).toMatchObject({ code: 'not_found' });
		expect(await refusal(readReportFile(applicant(1), ids[1], receipt.id))).toMatchObject({ code: 'not_found' });
		expect(await refusal(readReportFile(applicant(0), ids[0], ids[1]))).toMatchObject({ code: 'not_found' });
		expect((await readReportFile(staff(), ids[0], receipt.id)).bytes).toEqual(PNG);
		const entries = await test.db.select().from(auditLog).where(eq(auditLog.action, 'calls.report.file_viewed'));
		expect(entries).toHaveLength(before + 1);
		expect(entries.map((entry) => entry.details)).toContainEqual({ fileId: receipt.id, reader: 'staff' });
	});
});

describe('the statistics', () => {
	it('count applications, eligible ones, funded ones and money granted, by applicant type and call', async () => {
		const [block] = await callsStatistics(test.db, {
			officeId,
			from: new Date('2026-01-01T00:00:00Z'),
			to: new Date('2027-01-01T00:00:00Z'),
			fromDay: '2026-01-01',
			toDay: '2027-01-01',
			programmeId: null
		});
		expect(Object.fromEntries(block.figures.map((figure) => [figure.key, figure.value]))).toEqual({
			'calls.applications': 3,
			'calls.eligible': 3,
			'calls.funded': 2,
			'calls.granted': 270_000
		});
		expect(block.tables.find((table) => table.key === 'calls.grantedByType')!.rows).toEqual([
			{ label: { key: 'organisations.type.informal_group' }, value: 270_000 }
		]);
	});

	it('feed the plan’s indicators: projects funded and money granted in the decision’s year', async () => {
		const [plan] = await test.db
			.insert(actionPlans)
			.values({ officeId, slug: 'lap', title: 'ЛАП', firstYear: 2025, lastYear: 2029, status: 'adopted' })
			.returning();
		const [area] = await test.db.insert(planAreas).values({ officeId, planId: plan.id, name: 'Култура' }).returning();
		const [goal] = await test.db
			.insert(planGoals)
			.values({ officeId, planId: plan.id, areaId: area.id, title: 'Циљ' })
			.returning();
		const [measure] = await test.db
			.insert(planMeasures)
			.values({ officeId, planId: plan.id, goalId: goal.id, title: 'Мера' })
			.returning();
		const [activity] = await test.db
			.insert(planActivities)
			.values({ officeId, planId: plan.id, measureId: measure.id, title: 'Фестивал', startYear: 2026 })
			.returning();
		await test.db
			.insert(planActivityBudgets)
			.values({ officeId, activityId: activity.id, year: 2026, source: 'municipal', planned: 500_000, spent: 30_000 });
		const measureId = measure.id;
		await test.db.update(fundingCalls).set({ measureIds: [measureId] });
		const input = { officeId, measureIds: [measureId], years: [2025, 2026] };
		expect(Object.fromEntries(await countGrantsByYear(test.db, input, 'projects'))).toEqual({ 2025: 0, 2026: 2 });
		expect(Object.fromEntries(await countGrantsByYear(test.db, input, 'money'))).toEqual({ 2025: 0, 2026: 270_000 });
		// The measure's page lists the funded projects with what was paid (the first tranche of the first one).
		expect(
			(await listPlanGrants(test.db, officeId, [measureId])).map((grant) => [grant.title, grant.granted, grant.paid])
		).toEqual([
			['Пројекат 1', 150_000, 120_000],
			['Пројекат 2', 120_000, 0]
		]);
		expect(await listPlanGrants(test.db, officeId, ['00000000-0000-4000-8000-000000000002'])).toEqual([]);
		// Budget execution: the typed spending plus what funded projects spent, paid tranches until a financial
		// report is accepted, then the report's total; shown apart so the reader sees where it comes from.
		expect((await getPlanTree(test.db, officeId, plan.id))!.budget).toEqual({
			planned: 500_000,
			spent: 150_000,
			throughCalls: 120_000
		});
		const [financial] = await test.db.select().from(callReports).where(eq(callReports.kind, 'financial'));
		await reviewReport(staff(), { reportId: financial.id, verdict: 'accepted', comment: '' });
		expect((await listPlanGrants(test.db, officeId, [measureId])).map((grant) => grant.spent)).toEqual([140_000, 0]);
		const tree = (await getPlanTree(test.db, officeId, plan.id))!;
		expect(tree.budget).toEqual({ planned: 500_000, spent: 170_000, throughCalls: 140_000 });
		const facts = buildPlanDocument(createI18n('sr-Cyrl'), {
			tree,
			office: { name: 'Канцеларија за младе', logo: null },
			asOf: new Date('2026-07-01T10:00:00Z')
		});
		expect(JSON.stringify(facts)).toContain('Од тога 140.000 дин.');
	});
});

describe('exports', () => {
	it('give staff the applications, scores and decision as CSV and XLSX, audited; nobody else', async () => {
		const csv = await exportCall(staff(), { callId, what: 'decision', format: 'csv', locale: 'sr-Latn' });
		const text = new TextDecoder().decode(csv.body);
		expect(text.split('\r\n')[1]).toBe('1,P-2026-0001,Grupa 1,90,150000,150000,Finansira se');
		const scores = await exportCall(staff(), { callId, what: 'scores', format: 'xlsx', locale: 'en' });
		expect(scores.fileName.endsWith('.xlsx')).toBe(true);
		const audit = await test.db.select().from(auditLog).where(eq(auditLog.action, 'calls.data.exported'));
		expect(audit).toHaveLength(2);
		expect(
			await refusal(exportCall(applicant(0), { callId, what: 'applications', format: 'csv', locale: 'en' }))
		).toMatchObject({ code: 'forbidden' });
	});
});
