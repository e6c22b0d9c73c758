// Municipal administrations open these files in LibreOffice as often as in Word: an exported DOCX is
// converted to text and an XLSX to CSV by LibreOffice itself, and the texts must be there. CI installs
// LibreOffice (.ci/run), so there a missing LibreOffice fails the test; on a laptop without it the
// test is skipped with a message saying so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTestDatabase, type TestDatabase } from '../../../server/testing/db.ts';
import { createOffice, createPerson } from '../../../server/testing/factories.ts';
import { seedDemoActionPlan } from '../seed.server.ts';
import { getCurrentPublicPlan } from '../queries.server.ts';
import { exportPublicPlan, exportPublicReport } from './exports.server.ts';
import { makeLogo } from '../../../export/test-helpers.ts';

const CONVERSION_TIMEOUT_MS = 60_000;

/** The LibreOffice command on PATH, or null. */
function findLibreOffice(): string | null {
	for (const command of ['soffice', 'libreoffice']) {
		if (spawnSync('sh', ['-c', `command -v ${command}`]).status === 0) return command;
	}
	return null;
}

const soffice = findLibreOffice();
const isCi = !!process.env.CI && process.env.CI !== 'false';

let workDir: string;

/**
 * Converts a file with LibreOffice into `workDir`. Each run gets a profile of its own, so parallel
 * runs (or a LibreOffice open on the desktop) do not fight over the default one.
 */
function convert(file: string, target: string): Promise<void> {
	return new Promise((resolve, reject) => {
		execFile(
			soffice!,
			[
				`-env:UserInstallation=${pathToFileURL(path.join(workDir, 'profile')).href}`,
				'--headless',
				'--norestore',
				'--convert-to',
				target,
				'--outdir',
				workDir,
				file
			],
			{ timeout: CONVERSION_TIMEOUT_MS },
			(error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve())
		);
	});
}

if (!soffice && isCi) {
	describe('exports opened in LibreOffice', () => {
		it('needs LibreOffice, which CI installs (.ci/run)', () => {
			expect.fail(
				'LibreOffice (soffice) is not on PATH: CI must install it (libreoffice-writer-nogui, libreoffice-calc-nogui).'
			);
		});
	});
} else if (!soffice) {
	describe.skip('exports opened in LibreOffice (skipped: soffice is not installed here; .ci/run installs it)', () => {
		it('converts the files', () => {});
	});
} else {
	describe('exports opened in LibreOffice', () => {
		let test: TestDatabase;
		let officeId: string;
		let slug: string;

		beforeAll(async () => {
			workDir = mkdtempSync(path.join(tmpdir(), 'kzm-libreoffice-'));
			test = await createTestDatabase();
			officeId = (
				await createOffice(test.db, {
					name: 'Канцеларија за младе Ивањица',
					logo: await makeLogo(),
					logoMime: 'image/png'
				})
			).id;
			await createPerson(test.db, { officeId, roles: ['coordinator'], email: 'koordinator@demo.kzm.test' });
			await seedDemoActionPlan(test.db, officeId);
			slug = (await getCurrentPublicPlan(test.db, officeId))!.plan.slug;
		}, 120_000);
		afterAll(async () => {
			await test?.close();
			rmSync(workDir, { recursive: true, force: true });
		});

		it(
			'reads the plan’s DOCX as text, in Cyrillic, with the tree, budgets and indicators',
			async () => {
				const file = await exportPublicPlan(test.db, officeId, { slug, format: 'docx', locale: 'sr-Cyrl' });
				const input = path.join(workDir, 'plan.docx');
				writeFileSync(input, file!.body);
				await convert(input, 'txt:Text');
				const text = readFileSync(path.join(workDir, 'plan.txt'), 'utf8');
				expect(text).toContain('Канцеларија за младе Ивањица');
				expect(text).toContain('Локални акциони план за младе општине Ивањица 2025–2029');
				expect(text).toContain('Период: 2025–2029');
				expect(text).toContain('Годишњи сајам запошљавања младих');
				expect(text).toContain('Буџет по годинама');
				expect(text).toContain('Млади од 15 до 30 година на евиденцији незапослених');
			},
			CONVERSION_TIMEOUT_MS * 2
		);

		it(
			'reads the report’s DOCX in Latin',
			async () => {
				const file = await exportPublicReport(test.db, officeId, {
					slug,
					year: 2025,
					format: 'docx',
					locale: 'sr-Latn'
				});
				const input = path.join(workDir, 'report.docx');
				writeFileSync(input, file!.body);
				await convert(input, 'txt:Text');
				const text = readFileSync(path.join(workDir, 'report.txt'), 'utf8');
				expect(text).toContain('Izveštaj o praćenju za 2025.');
				expect(text).toContain('Prva godina plana protekla je uglavnom po planu');
				expect(text).not.toMatch(/[\u0400-\u04FF]/);
			},
			CONVERSION_TIMEOUT_MS
		);

		it(
			'reads every sheet of the plan’s XLSX as CSV, numbers as numbers',
			async () => {
				const file = await exportPublicPlan(test.db, officeId, { slug, format: 'xlsx', locale: 'en' });
				const input = path.join(workDir, 'workbook.xlsx');
				writeFileSync(input, file!.body);
				// Comma-separated, quoted, UTF-8, cells as shown, every sheet into a file of its own (-1).
				await convert(input, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1');
				const sheets = readdirSync(workDir)
					.filter((name) => name.startsWith('workbook-') && name.endsWith('.csv'))
					.sort();
				expect(sheets).toEqual([
					'workbook-Activities.csv',
					'workbook-Budget.csv',
					'workbook-Indicators.csv',
					'workbook-Overview.csv'
				]);
				const read = (name: string) => readFileSync(path.join(workDir, `workbook-${name}.csv`), 'utf8');
				expect(read('Overview')).toContain('Local Youth Action Plan of the Municipality of Ivanjica 2025–2029');
				const activities = read('Activities').trim().split('\n');
				expect(activities[0]).toContain('Activity');
				expect(activities).toHaveLength(1 + 15);
				const fair = activities.find((line) => line.includes('Yearly youth job fair'))!;
				// Amounts come out as formatted numbers, progress as a percentage.
				// (the separators follow LibreOffice's own locale, so any is accepted).
				expect(fair).toMatch(/600[,.\s\u00a0]?000/);
				expect(fair).toMatch(/,"?\d+(?:[.,]\d+)?\s?%"?,/);
				expect(read('Indicators')).toContain('Target 2025');
				expect(read('Budget')).toContain('Municipal budget');
			},
			CONVERSION_TIMEOUT_MS
		);
	});
}
