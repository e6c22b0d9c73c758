import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { buildApplicationPdf } from './application-pdf.server.ts';
import type { ApplicationRow, CallRow } from './commands/applications-shared.server.ts';

const call = {
	title: 'Конкурс за неформалне групе 2026',
	titleEn: 'Call for informal groups 2026',
	costCategories: [{ key: 'material', name: 'Материјал', nameEn: 'Material', isEligible: true }],
	questions: [{ key: 'reach', text: 'Кога ћете укључити?', textEn: 'Whom will you involve?', isRequired: true }],
	attachmentKinds: [{ key: 'statement', name: 'Потписана изјава', nameEn: 'Signed statement', isRequired: true }]
} as unknown as CallRow;

const application = {
	reference: 'P-2026-0007',
	submittedAt: new Date('2026-03-20T10:00:00Z'),
	applicantName: 'Група Кварт',
	contactEmail: 'kvart@example.test',
	contactPhone: '',
	members: [
		{ name: 'Ђорђе Љубичић', birthYear: 2008 },
		{ name: 'Милица Шћекић', birthYear: 2000 }
	],
	title: 'Уређење клупа у парку',
	summary: 'Млади из насеља обнављају клупе.',
	need: 'Нема места за дружење.',
	targetGroup: 'Млади од 15 до 20 година.',
	goals: [{ text: 'Кутак за дружење', measureId: '' }],
	activities: [{ title: 'Набавка материјала', from: '2026-05', to: '2026-06' }],
	results: 'Десет обновљених клупа.',
	indicators: '',
	partners: 'Месна заједница Центар',
	partnerOrganisations: [{ id: '00000000-0000-4000-8000-000000000001', name: 'Црвени крст Ивањица' }],
	budget: [{ categoryKey: 'material', description: 'Боја и даске', quantity: 10, unitPrice: 12_000, coFinanced: 0 }],
	answers: { reach: 'Младе из ромског насеља.' }
} as unknown as ApplicationRow;

async function textOf(pdf: Uint8Array): Promise<string> {
	const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
	return text.replace(/\s+/g, ' ');
}

const facts = { officeName: 'Канцеларија за младе Ивањица', attachments: [{ kind: 'statement', name: 'izjava.pdf' }] };

describe('the application PDF', () => {
	it('carries the whole application in Cyrillic', async () => {
		const text = await textOf(await buildApplicationPdf(application, call, { ...facts, locale: 'sr-Cyrl' }));
		for (const expected of [
			'Уређење клупа у парку',
			'P-2026-0007',
			'Конкурс за неформалне групе 2026',
			'Ђорђе Љубичић',
			'Нема места за дружење.',
			'Набавка материјала',
			'Боја и даске',
			'Црвени крст Ивањица',
			'Месна заједница Центар',
			'Младе из ромског насеља.',
			'Потписана изјава: izjava.pdf',
			'120.000'
		])
			expect(text).toContain(expected);
		expect(text).not.toMatch(/Uređenje/);
	});

	it('carries it in Latin for a reader of the Latin script, letters with diacritics intact', async () => {
		const text = await textOf(await buildApplicationPdf(application, call, { ...facts, locale: 'sr-Latn' }));
		for (const expected of [
			'Uređenje klupa u parku',
			'Đorđe Ljubičić',
			'Milica Šćekić',
			'Crveni krst Ivanjica',
			'Kanc'
		])
			expect(text).toContain(expected);
		expect(text).not.toMatch(/[А-Яа-яЂђЉљЊњЋћЏџ]/);
	});
});
