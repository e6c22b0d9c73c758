import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { getOfficeById } from '../../server/office.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import { desc, eq } from 'drizzle-orm';
import { uploadMedia } from '../media/commands/upload-media.server.ts';
import { deleteMedia, MediaInUseError } from '../media/commands/delete-media.server.ts';
import { manifests } from '../registry.server.ts';
import { setCover } from './commands/set-cover.server.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;
let staff: Actor;
let coverId: string;
let otherOfficesImage: string;

async function image(office: string, actor: Actor, fileName: string): Promise<string> {
	const bytes = new Uint8Array(
		await sharp({ create: { width: 1200, height: 600, channels: 3, background: '#1d4e89' } })
			.png()
			.toBuffer()
	);
	return (await uploadMedia(contextOf(test.db, office, actor), { bytes, fileName, alt: 'Млади на Голији', altEn: '' }))
		.mediaId;
}

async function refusalOf(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (caught) {
		if (isAppError(caught)) return { code: caught.code, fields: caught.fieldErrors };
		throw caught;
	}
	throw new Error('expected a refusal');
}

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	const otherOfficeId = (await createOffice(test.db)).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
	const otherCoordinator = await createPerson(test.db, { officeId: otherOfficeId, roles: ['coordinator'] });
	coverId = await image(officeId, coordinator, 'naslovna.png');
	otherOfficesImage = await image(otherOfficeId, otherCoordinator, 'tudja.png');
});
afterAll(() => test.close());

describe('the office’s cover image', () => {
	it('is set by a coordinator from the office’s library, audited', async () => {
		await setCover(contextOf(test.db, officeId, coordinator), { mediaId: coverId });
		expect((await getOfficeById(test.db, officeId))?.coverMediaId).toBe(coverId);
		const [audit] = await test.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.officeId, officeId))
			.orderBy(desc(auditLog.at))
			.limit(1);
		expect(audit).toMatchObject({ action: 'settings.cover_set', details: { mediaId: coverId } });
	});

	it('refuses another office’s image, next to the field, and keeps the cover', async () => {
		const refusal = await refusalOf(
			setCover(contextOf(test.db, officeId, coordinator), { mediaId: otherOfficesImage })
		);
		expect(refusal).toEqual({ code: 'invalid', fields: { coverMediaId: 'settings.cover.unknown' } });
		expect((await getOfficeById(test.db, officeId))?.coverMediaId).toBe(coverId);
	});

	it('refuses a youth worker (settings are the coordinator’s)', async () => {
		expect((await refusalOf(setCover(contextOf(test.db, officeId, staff), { mediaId: null }))).code).toBe('forbidden');
		expect((await getOfficeById(test.db, officeId))?.coverMediaId).toBe(coverId);
	});

	it('keeps its image from being deleted from the library while it is the cover, and lets it go once removed', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const attempt = deleteMedia(ctx, { mediaId: coverId, modules: manifests }).catch((caught: unknown) => caught);
		const refused = await attempt;
		expect(refused).toBeInstanceOf(MediaInUseError);
		expect((refused as MediaInUseError).uses).toEqual([
			expect.objectContaining({ kindKey: 'settings.cover.kind', path: '/admin/settings' })
		]);
		await setCover(ctx, { mediaId: null });
		expect((await getOfficeById(test.db, officeId))?.coverMediaId).toBeNull();
		await deleteMedia(ctx, { mediaId: coverId, modules: manifests });
	});
});
