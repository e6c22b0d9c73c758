import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { openDatabase } from './client.ts';

// Two instances of the platform starting at the same moment against one empty PostgreSQL
// database must both come up: the advisory lock makes them take turns with the migrations.
describe.runIf(!!process.env.TEST_DATABASE_URL)('migrations on PostgreSQL', () => {
	it('are safe when two instances start at once', async () => {
		const { default: pg } = await import('pg');
		const server = process.env.TEST_DATABASE_URL!;
		const name = `kzm_migrate_${randomBytes(5).toString('hex')}`;
		const admin = new pg.Client({ connectionString: server });
		await admin.connect();
		await admin.query(`CREATE DATABASE ${name}`);
		const url = new URL(server);
		url.pathname = `/${name}`;
		try {
			const [first, second] = await Promise.all([
				openDatabase({ url: url.toString() }),
				openDatabase({ url: url.toString() })
			]);
			const applied = await first.db.execute(`SELECT count(*)::int AS count FROM drizzle.__drizzle_migrations`);
			expect((applied as unknown as { rows: { count: number }[] }).rows[0].count).toBeGreaterThanOrEqual(4);
			await Promise.all([first.close(), second.close()]);
		} finally {
			await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await admin.end();
		}
	});
});
