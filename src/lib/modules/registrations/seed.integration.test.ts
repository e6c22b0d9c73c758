import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { createOffice } from '../../server/testing/factories.ts';
import { seedDemoEvents } from '../events/seed.server.ts';
import { countPlaces } from './queries.server.ts';
import { registrations } from './schema.ts';
import { seedDemoRegistrations } from './seed.server.ts';

let test: TestDatabase;
let eventIds: Map<string, string>;

beforeAll(async () => {
	test = await createTestDatabase();
	const officeId = (await createOffice(test.db)).id;
	eventIds = await seedDemoEvents(test.db, officeId);
	await seedDemoRegistrations(test.db, officeId);
});
afterAll(() => test.close());

describe('demo registrations', () => {
	it('fill the talk, waitlist the CV workshop, leave approvals pending and give past events participants', async () => {
		const places = async (slug: string) => countPlaces(test.db, eventIds.get(slug)!);
		expect(await places('tribina-o-volontiranju')).toEqual({ held: 2, waitlisted: 0, pendingApproval: 0 });
		expect(await places('radionica-pisanja-cv-a')).toEqual({ held: 12, waitlisted: 2, pendingApproval: 0 });
		expect((await places('razmena-mladih-info')).pendingApproval).toBe(5);
		expect((await places('radionica-fotografije')).held).toBe(13);
		expect((await places('druzenje-uz-drustvene-igre')).held).toBe(9);
		// Past sign-ups happened before the event, and nobody was e-mailed about them.
		const past = await test.db
			.select()
			.from(registrations)
			.where(eq(registrations.eventId, eventIds.get('akcija-ciscenja-obale')!));
		expect(past).toHaveLength(18);
		expect(past.every((row) => row.consentAt !== null && row.checkInCode.length === 8)).toBe(true);
	});
});

describe('removing the demo', () => {
	it('removes the demo registrations', async () => {
		const { removeDemoRegistrations } = await import('./seed.server.ts');
		const [{ officeId }] = await test.db.select({ officeId: registrations.officeId }).from(registrations).limit(1);
		await removeDemoRegistrations(test.db, officeId);
		expect(await test.db.select().from(registrations)).toHaveLength(0);
	});
});
