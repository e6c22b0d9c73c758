// The volunteering open datasets: published opportunities only, and yearly hours with small groups hidden.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { createOffice } from '../../server/testing/factories.ts';
import { volunteerApplications, volunteerHours, volunteerOpportunities, volunteerProfiles } from './schema.ts';
import { volunteerHoursDataset, volunteerOpportunitiesDataset } from './open-data.server.ts';
import { volunteeringManifest } from './manifest.ts';

const NOW = new Date('2026-06-01T08:00:00.000Z');

let test: TestDatabase;
let officeId: string;
const opportunity: Record<string, string> = {};

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	const made = await test.db
		.insert(volunteerOpportunities)
		.values(
			(
				[
					['park', 'environment', 'published'],
					['library', 'education', 'published'],
					['sport', 'sport', 'published'],
					['draft', 'culture', 'draft'],
					['asked', 'social', 'pending_review']
				] as const
			).map(([slug, category, status]) => ({
				officeId,
				slug,
				title: `Прилика ${slug}`,
				titleEn: slug === 'park' ? 'Park clean-up' : '',
				summary: 'Кратко',
				category,
				status,
				place: slug === 'library' ? '' : 'Ивањица',
				publishedAt: status === 'published' ? new Date('2026-03-01T10:00:00Z') : null
			}))
		)
		.returning({ id: volunteerOpportunities.id, slug: volunteerOpportunities.slug });
	for (const row of made) opportunity[row.slug] = row.id;

	// Six volunteers in the park in 2025, seven there in 2026; two in the library and one in sport in 2026.
	// And in 2024 six in the park, five in the library and two in sport.
	const work: [string, string, number][] = [
		...Array.from({ length: 6 }, (): [string, string, number] => ['park', '2024-05-10', 60]),
		...Array.from({ length: 5 }, (): [string, string, number] => ['library', '2024-05-11', 60]),
		...Array.from({ length: 2 }, (): [string, string, number] => ['sport', '2024-05-12', 60]),
		...Array.from({ length: 6 }, (_, index): [string, string, number] => ['park', '2025-05-10', 120 + index]),
		...Array.from({ length: 7 }, (): [string, string, number] => ['park', '2026-04-10', 180]),
		['library', '2026-04-11', 60],
		['library', '2026-04-12', 90],
		['sport', '2026-04-13', 240]
	];
	let number = 0;
	for (const [slug, workedOn, minutes] of work) {
		number++;
		const [profile] = await test.db
			.insert(volunteerProfiles)
			.values({
				officeId,
				name: `Волонтер ${number}`,
				email: `v${number}@example.test`,
				cardNumber: `T-${number}`,
				cardCode: `code-${number}`
			})
			.returning({ id: volunteerProfiles.id });
		const [application] = await test.db
			.insert(volunteerApplications)
			.values({ officeId, opportunityId: opportunity[slug], profileId: profile.id, status: 'accepted' })
			.returning({ id: volunteerApplications.id });
		await test.db.insert(volunteerHours).values({
			officeId,
			applicationId: application.id,
			profileId: profile.id,
			opportunityId: opportunity[slug],
			workedOn,
			minutes,
			source: 'organiser',
			status: 'approved'
		});
	}
	// A claim still waiting counts nowhere.
	const [profile] = await test.db
		.insert(volunteerProfiles)
		.values({ officeId, name: 'Чека одобрење', cardNumber: 'T-99', cardCode: 'code-99' })
		.returning({ id: volunteerProfiles.id });
	const [application] = await test.db
		.insert(volunteerApplications)
		.values({ officeId, opportunityId: opportunity.sport, profileId: profile.id, status: 'accepted' })
		.returning({ id: volunteerApplications.id });
	await test.db.insert(volunteerHours).values({
		officeId,
		applicationId: application.id,
		profileId: profile.id,
		opportunityId: opportunity.sport,
		workedOn: '2026-04-20',
		minutes: 600,
		source: 'claim',
		status: 'claimed'
	});
}, 120_000);
afterAll(() => test.close());

describe('volunteering open data', () => {
	it('is declared through the openData hook', () => {
		expect(volunteeringManifest.openData?.map((dataset) => dataset.id)).toEqual([
			'volunteer-opportunities',
			'volunteer-hours'
		]);
	});

	it('lists published opportunities with their public fields and nothing about people', async () => {
		const { rows, updatedAt } = await volunteerOpportunitiesDataset.read(test.db, officeId, NOW);
		expect(rows.map((row) => row.url).sort()).toEqual([
			'/volunteering/library',
			'/volunteering/park',
			'/volunteering/sport'
		]);
		const park = rows.find((row) => row.url === '/volunteering/park')!;
		expect(park).toMatchObject({ category: 'environment', title_en: 'Park clean-up', min_age: 15, is_remote: false });
		expect(rows.find((row) => row.url === '/volunteering/library')!.place).toBeNull();
		expect(Object.keys(park).sort()).toEqual(volunteerOpportunitiesDataset.columns.map((c) => c.name).sort());
		expect(updatedAt).toBeInstanceOf(Date);
		expect(JSON.stringify(rows)).not.toMatch(/Волонтер|example\.test/);
	});

	it('adds up approved hours by year and category, hiding groups under five and the one that would show', async () => {
		const { rows } = await volunteerHoursDataset.read(test.db, officeId, NOW);
		expect(rows).toEqual([
			// 2024: sport (2) is small; the library (5) would give it away from the year's total, so it goes too.
			{ year: 2024, category: 'environment', volunteers: 6, hours: 6 },
			{ year: 2024, category: 'education', volunteers: null, hours: null },
			{ year: 2024, category: 'sport', volunteers: null, hours: null },
			// One category in 2025: shown whole.
			{ year: 2025, category: 'environment', volunteers: 6, hours: Math.floor((6 * 120 + 15) / 60) },
			// 2026: seven in the park, but education (2) and sport (1) are small; both hidden, the park shown.
			{ year: 2026, category: 'environment', volunteers: 7, hours: 21 },
			{ year: 2026, category: 'education', volunteers: null, hours: null },
			{ year: 2026, category: 'sport', volunteers: null, hours: null }
		]);
		expect(JSON.stringify(rows)).not.toMatch(/Волонтер|Чека/);
	});

	it('counts no year later than the current one', async () => {
		const { rows } = await volunteerHoursDataset.read(test.db, officeId, new Date('2025-12-31T12:00:00Z'));
		expect([...new Set(rows.map((row) => row.year))]).toEqual([2024, 2025]);
	});
});
