import type { Database } from '../../server/db/client.ts';

/** Partnerships of the demo directory: agreements, contacts, joint events and plan activities. */
export async function seedDemoPartnerships(db: Database, officeId: string): Promise<void> {
	void db;
	void officeId;
}
