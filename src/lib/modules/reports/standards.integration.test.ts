// The work-standards self-assessment: the default set, evidence suggested from other modules' records
// (only what the platform offers is kept), wording versions that leave past years as rated, retiring,
// the summary per area with last year's change, the document and the annual report's section.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import type { Context } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { docxText } from '../../export/test-helpers.ts';
import { organisations, partnershipAgreements } from '../organisations/schema.ts';
import { getStandardsAssessment, listWorkStandardFramework } from './standards.server.ts';
import {
	addWorkStandardItem,
	adoptDefaultWorkStandards,
	retireWorkStandardItem,
	rewordWorkStandardItem
} from './commands/keep-work-standards.server.ts';
import { rateWorkStandard } from './commands/rate-work-standard.server.ts';
import { exportStandardsAssessment } from './standards-document.server.ts';
import { getAnnualReport } from './annual.server.ts';
import { saveAnnualReport, submitAnnualReport } from './commands/annual-report.server.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Context;
let staff: Context;
let agreementKey: string;

const refused = async (promise: Promise<unknown>, code: string) => {
	const caught = await promise.then(
		() => null,
		(error: unknown) => error
	);
	expect(isAppError(caught) && caught.code).toBe(code);
};
const indicatorsOf = (assessment: Awaited<ReturnType<typeof getStandardsAssessment>>, area: string) =>
	assessment.areas.find((item) => item.area === area)!.standards.flatMap((standard) => standard.indicators);
const rate = (
	year: number,
	indicatorId: string,
	rating: 'met' | 'partly' | 'not_met' | 'not_applicable',
	evidenceKeys: string[] = []
) =>
	rateWorkStandard(coordinator, {
		year,
		indicatorId,
		rating,
		comment: '',
		improvement: '',
		activityId: null,
		evidenceKeys
	});

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = contextOf(test.db, officeId, await createPerson(test.db, { officeId, roles: ['coordinator'] }));
	staff = contextOf(test.db, officeId, await createPerson(test.db, { officeId, roles: ['staff'] }));
	const [organisation] = await test.db
		.insert(organisations)
		.values({ officeId, slug: 'dom-zdravlja', name: 'Дом здравља Ивањица', type: 'public_institution' })
		.returning({ id: organisations.id });
	const [agreement] = await test.db
		.insert(partnershipAgreements)
		.values({
			officeId,
			organisationId: organisation.id,
			kind: 'cooperation_agreement',
			title: 'Споразум о саветовалишту',
			startsOn: '2025-03-01',
			endsOn: '2025-12-31'
		})
		.returning({ id: partnershipAgreements.id });
	agreementKey = `organisations.agreement:${agreement.id}`;
}, 120_000);
afterAll(() => test.close());

describe('work standards', () => {
	it('starts from the default set once, and only coordinators and administrators keep it', async () => {
		await refused(adoptDefaultWorkStandards(staff), 'forbidden');
		await adoptDefaultWorkStandards(coordinator);
		await refused(adoptDefaultWorkStandards(coordinator), 'conflict');
		const framework = await listWorkStandardFramework(coordinator);
		expect(framework.filter((item) => item.parentId === null)).toHaveLength(8);
		expect(framework.filter((item) => item.parentId !== null)).toHaveLength(16);
		await refused(getStandardsAssessment(staff, 2025), 'forbidden');
	});

	it('suggests a partner agreement of the year as evidence and keeps only offered evidence', async () => {
		const assessment = await getStandardsAssessment(coordinator, 2025);
		const partnership = assessment.areas.find((area) => area.area === 'partnership')!;
		expect(partnership.suggestions.map((item) => item.key)).toContain(agreementKey);
		// Not for another year, nor for another area.
		expect((await getStandardsAssessment(coordinator, 2023)).areas.flatMap((area) => area.suggestions)).toEqual([]);
		expect(assessment.areas.find((area) => area.area === 'inclusion')!.suggestions).toEqual([]);

		const [agreements] = indicatorsOf(assessment, 'partnership');
		await rate(2025, agreements.id, 'met', [agreementKey, 'organisations.agreement:forged']);
		const [management] = indicatorsOf(assessment, 'management');
		// Evidence of another area is not attached to a management indicator.
		await rate(2025, management.id, 'partly', [agreementKey]);

		const after = await getStandardsAssessment(coordinator, 2025);
		const rated = indicatorsOf(after, 'partnership').find((item) => item.id === agreements.id)!;
		expect(rated.rating?.evidence.map((link) => link.title)).toEqual([
			'Споразум о саветовалишту (Дом здравља Ивањица)'
		]);
		expect(indicatorsOf(after, 'management')[0].rating?.evidence).toEqual([]);
		const [audit] = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, 'reports.standard_assessment_saved')));
		expect(audit.entityType).toBe('work_standard_assessment');
	});

	it('refuses a rating from staff without the role, for an unknown indicator and without a rating', async () => {
		const [indicator] = indicatorsOf(await getStandardsAssessment(coordinator, 2025), 'inclusion');
		await refused(
			rateWorkStandard(staff, {
				year: 2025,
				indicatorId: indicator.id,
				rating: 'met',
				comment: '',
				improvement: '',
				activityId: null,
				evidenceKeys: []
			}),
			'forbidden'
		);
		await refused(rate(2025, officeId, 'met'), 'not_found');
	});

	it('keeps the wording a past year rated when an indicator is reworded, and retired items in the years that rated them', async () => {
		const before = await getStandardsAssessment(coordinator, 2025);
		const [agreements, database] = indicatorsOf(before, 'partnership');
		const oldText = agreements.text;
		await rewordWorkStandardItem(coordinator, {
			id: agreements.id,
			text: 'Потписани су споразуми са најмање три партнера.',
			textEn: ''
		});
		const past = indicatorsOf(await getStandardsAssessment(coordinator, 2025), 'partnership');
		expect(past[0].text).toBe(oldText);
		expect(past[0].isOlderWording).toBe(true);
		const next = indicatorsOf(await getStandardsAssessment(coordinator, 2026), 'partnership');
		expect(next[0].text).toBe('Потписани су споразуми са најмање три партнера.');

		// Retired: gone from a year that did not rate it, still read in the year that did.
		await rate(2025, database.id, 'not_met');
		await retireWorkStandardItem(coordinator, { id: database.id });
		expect(
			indicatorsOf(await getStandardsAssessment(coordinator, 2025), 'partnership').map((item) => item.id)
		).toContain(database.id);
		expect(
			indicatorsOf(await getStandardsAssessment(coordinator, 2026), 'partnership').map((item) => item.id)
		).not.toContain(database.id);
		await refused(rewordWorkStandardItem(coordinator, { id: database.id, text: 'Ново', textEn: '' }), 'conflict');
		await refused(rate(2026, database.id, 'met'), 'conflict');

		// A new indicator goes under its standard, in the standard's area.
		const standardId = before.areas.find((area) => area.area === 'inclusion')!.standards[0].id;
		const id = await addWorkStandardItem(coordinator, {
			area: 'management',
			parentId: standardId,
			text: 'Ромска удружења су партнери.',
			textEn: ''
		});
		expect(indicatorsOf(await getStandardsAssessment(coordinator, 2026), 'inclusion').map((item) => item.id)).toContain(
			id
		);
	});

	it('sums each area with last year beside it, prints the document and feeds the annual report', async () => {
		const last = await getStandardsAssessment(coordinator, 2024);
		await rate(2024, indicatorsOf(last, 'partnership')[0].id, 'not_met');
		await rate(2024, indicatorsOf(last, 'partnership')[2].id, 'met');
		const assessment = await getStandardsAssessment(coordinator, 2025);
		const partnership = assessment.summary.find((item) => item.area === 'partnership')!;
		// 2025: one met, one not met (retired, still counted in the year it was rated) → 50; 2024: 50.
		expect(partnership.counts).toMatchObject({ met: 1, not_met: 1, unrated: 2 });
		expect(partnership.score).toBe(50);
		expect(assessment.previousSummary.find((item) => item.area === 'partnership')!.score).toBe(50);
		expect(assessment.summary.find((item) => item.area === 'management')!.score).toBe(50);
		expect(assessment.summary.find((item) => item.area === 'inclusion')!.score).toBeNull();

		const docx = await exportStandardsAssessment(coordinator, { year: 2025, format: 'docx', locale: 'sr-Latn' });
		const text = await docxText(docx.body);
		expect(text).toContain('Samoprocena standarda rada za 2025.');
		expect(text).toContain('Aktivno partnerstvo sa lokalnim akterima');
		expect(text).toContain('Sporazum o savetovalištu (Dom zdravlja Ivanjica)');
		const pdf = await exportStandardsAssessment(coordinator, { year: 2025, format: 'pdf', locale: 'en' });
		expect(pdf.body.byteLength).toBeGreaterThan(1000);

		await saveAnnualReport(coordinator, { year: 2025, narratives: {} });
		expect((await getAnnualReport(coordinator, 2025)).standards?.summary).toEqual(assessment.summary);
		await submitAnnualReport(coordinator, { year: 2025 });
		// Later ratings do not change the submitted report.
		await rate(2025, indicatorsOf(assessment, 'inclusion')[0].id, 'met');
		const frozen = await getAnnualReport(coordinator, 2025);
		expect(frozen.isFrozen).toBe(true);
		expect(frozen.standards?.summary.find((item) => item.area === 'inclusion')!.score).toBeNull();
	});
});
