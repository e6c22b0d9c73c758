// Registrations for attendance tests, written straight into the table (the registrations module's
// commands are not needed to test what happens at the door).
import { randomBytes } from 'node:crypto';
import type { Database } from '../../server/db/client.ts';
import { registrations } from '../registrations/schema.ts';
import { newRegistrationAccess } from '../registrations/access.server.ts';

/** A confirmed online registration with its private-link token. */
export async function createTestRegistration(
	db: Database,
	officeId: string,
	eventId: string,
	overrides: Partial<typeof registrations.$inferInsert> = {}
): Promise<{ id: string; token: string; checkInCode: string; name: string }> {
	const { id, token, hash } = await newRegistrationAccess(db);
	const suffix = randomBytes(3).toString('hex');
	const [row] = await db
		.insert(registrations)
		.values({
			id,
			officeId,
			eventId,
			name: `Учесник ${suffix}`,
			email: `ucesnik-${suffix}@example.test`,
			birthYear: 2005,
			gender: 'female',
			status: 'confirmed',
			accessTokenHash: hash,
			checkInCode: `C${suffix.toUpperCase()}`,
			...overrides
		})
		.returning();
	return { id: row.id, token, checkInCode: row.checkInCode, name: row.name };
}
