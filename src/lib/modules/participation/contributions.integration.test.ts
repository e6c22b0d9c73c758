// What young people add to initiatives and budget projects beyond text: up to three images through the
// media pipeline (kept across a refused form, only one's own uploads attach) and the informal-group rule.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { isAppError } from '../../server/errors.ts';
import { takeContributedImages } from '../media/upload-from-form.server.ts';
import { mediaItems } from '../media/schema.ts';
import { readFile } from '../../server/files.ts';
import { DAY, NOW, YEAR, refusal, useParticipationOffice } from './test-office.ts';
import { initiativeInput, readGroupMembers, MAX_IMAGES } from './inputs.ts';
import { submitInitiative } from './commands/submit-initiative.server.ts';
import { moderateInitiative } from './commands/moderate-initiative.server.ts';
import { hideContent } from './commands/moderate-content.server.ts';
import { proposeProject, saveBudgetRound } from './commands/budget.server.ts';
import { getPublicInitiative, listParticipationUsingMedia } from './queries.server.ts';
import { participationBudgetProjects, participationInitiatives } from './schema.ts';

const fixture = useParticipationOffice({ preModeration: true, supportThreshold: 30, groupMinMembers: 3 });
const { ctxOf, youngPerson } = fixture;

/** An encoded message (`key|{params}`) as its key and parameters. */
function decodeMessage(encoded: string | undefined): { key: string; params?: Record<string, unknown> } {
	const [key, params] = (encoded ?? '').split(/\|(.*)/s);
	return params ? { key, params: JSON.parse(params) as Record<string, unknown> } : { key };
}

/** A small JPEG carrying a camera note in its EXIF, as a phone photo would. */
async function photo(): Promise<File> {
	const bytes = await sharp({ create: { width: 48, height: 32, channels: 3, background: '#2563eb' } })
		.jpeg()
		.withExif({ IFD0: { Make: 'SecretPhone', Copyright: 'home address' } })
		.toBuffer();
	return new File([new Uint8Array(bytes)], 'photo.jpg', { type: 'image/jpeg' });
}

function form(fields: Record<string, string | string[]>, files: File[] = []): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields))
		for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
	for (const file of files) data.append('images', file);
	return data;
}

const text = { title: 'Клупе у парку', problem: 'Нема где да се седне.', proposal: 'Поставити клупе.' };

describe('images of contributions', () => {
	it('uploads a photo without its EXIF, writes the id back into the form and attaches it to the initiative', async () => {
		const author = await youngPerson();
		const data = form({ ...text, imageAlt: 'Празан парк' }, [await photo()]);
		expect(await takeContributedImages(ctxOf(author), data, { max: MAX_IMAGES, alt: 'Празан парк' })).toEqual({});
		const ids = data.getAll('imageIds').map(String);
		expect(ids).toHaveLength(1);
		const [item] = await fixture.db.select().from(mediaItems).where(eq(mediaItems.id, ids[0]));
		expect(item.createdBy).toBe(author.userId);
		expect(item.alt).toBe('Празан парк');
		expect(item.variants.length).toBeGreaterThan(0);
		const variant = await readFile(fixture.db, fixture.officeId, item.variants[0].fileId);
		expect((await sharp(variant!.bytes).metadata()).exif).toBeUndefined();

		const input = v.parse(initiativeInput, { ...text, imageIds: ids });
		const { id } = await submitInitiative(ctxOf(author), { input });
		const [row] = await fixture.db.select().from(participationInitiatives).where(eq(participationInitiatives.id, id));
		expect(row.imageIds).toEqual(ids);
	});

	it('refuses a file that is not an image and a fourth image, keeping the images already sent', async () => {
		const author = await youngPerson();
		const fake = new File([new TextEncoder().encode('<html>not a picture</html>')], 'photo.jpg', {
			type: 'image/jpeg'
		});
		const wrong = form(text, [fake]);
		const errors = await takeContributedImages(ctxOf(author), wrong, { max: MAX_IMAGES, alt: 'x' });
		expect(decodeMessage(errors.images).key).toBe('media.error.wrongType');

		const first = form(text, [await photo(), await photo(), await photo()]);
		expect(await takeContributedImages(ctxOf(author), first, { max: MAX_IMAGES, alt: 'x' })).toEqual({});
		const kept = first.getAll('imageIds').map(String);
		expect(kept).toHaveLength(3);
		const again = form({ ...text, imageIds: kept }, [await photo()]);
		const tooMany = await takeContributedImages(ctxOf(author), again, { max: MAX_IMAGES, alt: 'x' });
		expect(decodeMessage(tooMany.images).key).toBe('media.error.tooMany');
		expect(again.getAll('imageIds').map(String)).toEqual(kept);

		const removing = form({ ...text, imageIds: kept, imageRemove: kept[1] });
		expect(await takeContributedImages(ctxOf(author), removing, { max: MAX_IMAGES, alt: 'x' })).toEqual({});
		expect(removing.getAll('imageIds').map(String)).toEqual([kept[0], kept[2]]);
		expect(v.safeParse(initiativeInput, { ...text, imageIds: [...kept, kept[0]] }).success).toBe(false);
	});

	it('attaches only images the author uploaded, and hides them with a hidden initiative', async () => {
		const author = await youngPerson();
		const stranger = await youngPerson();
		const theirs = form(text, [await photo()]);
		await takeContributedImages(ctxOf(stranger), theirs, { max: MAX_IMAGES, alt: 'x' });
		const mine = form(text, [await photo()]);
		await takeContributedImages(ctxOf(author), mine, { max: MAX_IMAGES, alt: 'x' });
		const ids = [...theirs.getAll('imageIds'), ...mine.getAll('imageIds')].map(String);
		const { id } = await submitInitiative(ctxOf(author), {
			input: v.parse(initiativeInput, { ...text, imageIds: ids })
		});
		await moderateInitiative(ctxOf(fixture.coordinator), { id, input: { decision: 'publish' } });
		expect((await getPublicInitiative(fixture.db, fixture.officeId, id, null))!.imageIds).toEqual([ids[1]]);
		// The media library knows where the image is shown, so staff cannot delete it from under the page.
		expect(await listParticipationUsingMedia(fixture.db, fixture.officeId, ids[1])).toEqual([
			{ kindKey: 'participation.initiative.kind', title: text.title, path: `/admin/participation/initiatives/${id}` }
		]);
		expect(await listParticipationUsingMedia(fixture.db, fixture.officeId, ids[0])).toEqual([]);
		await hideContent(ctxOf(fixture.coordinator), { initiativeId: id, reason: 'offensive' });
		expect((await getPublicInitiative(fixture.db, fixture.officeId, id, null))!.imageIds).toEqual([]);
	});

	it('refuses images from a visitor who is not signed in', async () => {
		const data = form(text, [await photo()]);
		await expect(takeContributedImages(ctxOf(null), data, { max: MAX_IMAGES, alt: 'x' })).rejects.toSatisfy(isAppError);
	});

	it('stores a budget proposal with its image', async () => {
		const proposer = await youngPerson();
		const { id: roundId } = await saveBudgetRound(ctxOf(fixture.coordinator), {
			input: {
				title: 'Буџет',
				titleEn: '',
				description: '',
				amount: 1_000_000,
				rule: 'within_amount',
				maxChoices: null,
				requiresCode: false,
				proposalsFrom: new Date(NOW.getTime() - DAY),
				reviewFrom: new Date(NOW.getTime() + DAY),
				votingFrom: new Date(NOW.getTime() + 2 * DAY),
				resultsFrom: new Date(NOW.getTime() + 3 * DAY),
				implementationFrom: new Date(NOW.getTime() + 4 * DAY)
			}
		});
		const data = form({}, [await photo()]);
		await takeContributedImages(ctxOf(proposer), data, { max: MAX_IMAGES, alt: 'Скица' });
		const imageIds = data.getAll('imageIds').map(String);
		const { id } = await proposeProject(ctxOf(proposer), {
			roundId,
			input: { title: 'Теретана на отвореном', description: 'Справе у парку.', estimatedCost: 400_000, imageIds }
		});
		const [row] = await fixture.db
			.select()
			.from(participationBudgetProjects)
			.where(eq(participationBudgetProjects.id, id));
		expect(row.imageIds).toEqual(imageIds);
	});
});

describe('informal groups', () => {
	const groupInput = (groupName: string, members: { name: string; birthYear: number }[]) => ({
		...v.parse(initiativeInput, { ...text, groupName }),
		groupMembers: members
	});

	it('reads member rows, dropping blank and removed ones and naming a half-filled one', () => {
		const { members, errors } = readGroupMembers({
			'members[0].name': 'Ана Петровић',
			'members[0].birthYear': '2008',
			'members[1].name': '',
			'members[1].birthYear': '',
			'members[2].name': 'Марко',
			'members[2].birthYear': '08',
			'members[3].name': 'Уклоњени',
			'members[3].birthYear': '2001',
			'members[3].remove': '1'
		});
		expect(members.map((member) => member.name)).toEqual(['Ана Петровић', 'Марко']);
		expect(decodeMessage(errors['members[2].birthYear']).key).toBe('participation.error.memberBirthYear');
	});

	it('refuses a group smaller than the office asks, with a member outside the age range, or without a name', async () => {
		const author = await youngPerson();
		const small = await refusal(
			submitInitiative(ctxOf(author), {
				input: groupInput('Млади еколози', [
					{ name: 'Ана', birthYear: YEAR - 17 },
					{ name: 'Марко', birthYear: YEAR - 18 }
				])
			})
		);
		expect(decodeMessage(small.fieldErrors.members)).toEqual({
			key: 'participation.error.groupTooSmall',
			params: { min: 3 }
		});
		const old = await refusal(
			submitInitiative(ctxOf(author), {
				input: groupInput('Млади еколози', [
					{ name: 'Ана', birthYear: YEAR - 17 },
					{ name: 'Марко', birthYear: YEAR - 18 },
					{ name: 'Деда Мраз', birthYear: YEAR - 70 }
				])
			})
		);
		expect(decodeMessage(old.fieldErrors.members).key).toBe('participation.error.memberOutsideRange');
		const unnamed = await refusal(
			submitInitiative(ctxOf(author), { input: groupInput('', [{ name: 'Ана', birthYear: YEAR - 17 }]) })
		);
		expect(decodeMessage(unnamed.fieldErrors.groupName).key).toBe('participation.error.groupNameMissing');
	});

	it('accepts a group of young people without an adult and keeps the members for staff only', async () => {
		const author = await youngPerson(16);
		const members = [
			{ name: 'Ана', birthYear: YEAR - 16 },
			{ name: 'Марко', birthYear: YEAR - 15 },
			{ name: 'Јована', birthYear: YEAR - 17 }
		];
		const { id } = await submitInitiative(ctxOf(author), { input: groupInput('Млади еколози', members) });
		const [row] = await fixture.db.select().from(participationInitiatives).where(eq(participationInitiatives.id, id));
		expect(row.groupName).toBe('Млади еколози');
		expect(row.groupMembers).toEqual(members);
	});
});
