// A module asks another for facts through a manifest hook (the registry's linkTargetsFor, planGrants,
// statistics...), never by importing its files (docs/style.md, decision 0037). This test reads every module's
// sources and fails on an import of another module's file that the allow-list below does not name, and on an
// allow-list entry nothing uses any more, so the list can only shrink.
//
// Not counted: imports of src/lib/server, src/lib/ui, src/lib/i18n and the registry (the kernel and the core);
// type-only imports (no code runs, no circle forms); and tests and their factories, which build another
// module's records to test against.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULES = dirname(fileURLToPath(import.meta.url));
const LIB = resolve(MODULES, '..');

/**
 * The imports that remain, as [another module's file, the modules that import it]. Each group says why; the
 * last group is what the next hooks should replace.
 */
const ALLOWED: readonly (readonly [string, readonly string[]])[] = [
	// The events family: registrations and attendance are parts of an event (their tables reference the event's, and
	// a registration locks its event); the action plan reads events for its computed indicators (decision 0011),
	// and their attendance through the `eventAttendance` hook. One capability split in folders, not independent modules.
	['events/queries.server.ts', ['action-plan', 'attendance', 'registrations']],
	['events/schema.ts', ['action-plan', 'attendance', 'organisations', 'registrations']],
	['events/registration-state.ts', ['registrations']],
	['registrations/access.server.ts', ['attendance']],
	['registrations/commands/fill-free-places.server.ts', ['events']],
	['registrations/commands/notify-registrants.server.ts', ['events']],
	['registrations/mail.server.ts', ['attendance']],
	['registrations/personal-data.server.ts', ['attendance']],
	['registrations/place-counts.server.ts', ['events']],
	['registrations/schema.ts', ['attendance']],
	['attendance/schema.ts', ['registrations']],
	// The office's two libraries, which other content embeds: images (picker, responsive display, images in rich
	// text) and documents (picker, attachments, links in rich text, safe uploads, the demo's files).
	['media/components/ImagePicker.svelte', ['events', 'news', 'organisations']],
	['media/components/ResponsiveImage.svelte', ['events', 'news']],
	['media/queries.server.ts', ['events', 'news', 'organisations', 'participation', 'settings']],
	['media/rich-text.server.ts', ['calls', 'news', 'opportunities', 'pages']],
	['media/commands/import-image.server.ts', ['news', 'settings']],
	['media/schema.ts', ['organisations']],
	['documents/queries.server.ts', ['calls', 'council', 'opportunities', 'organisations']],
	['documents/rich-text.server.ts', ['calls', 'news', 'opportunities', 'pages']],
	['documents/commands/upload-document.server.ts', ['council']],
	['documents/upload.server.ts', ['calls', 'volunteering']],
	['documents/seed.server.ts', ['calls', 'opportunities']],
	['documents/schema.ts', ['organisations']],
	// Who may act for an organisation (its approved representatives) and the directory to choose one from: funding
	// applications and volunteering organisers act on an organisation's behalf.
	['organisations/self-service.server.ts', ['calls', 'volunteering']],
	['organisations/self-service-queries.server.ts', ['calls', 'volunteering']],
	['organisations/directory-queries.server.ts', ['calls', 'volunteering']],
	['organisations/queries.server.ts', ['volunteering']],
	// A young person's account profile, kept by the accounts module and reused when they register or take part.
	['accounts/queries.server.ts', ['participation']],
	['accounts/commands/save-account-profile.server.ts', ['registrations']],
	// The office's open-data licence, a setting.
	['settings/licences.ts', ['open-data']],
	// To replace with hooks next (decision 0037): staff-side choices that need more than a link target gives
	// (an event's dates and state for partners' joint events, an activity's years, the programmes, the settlements
	// list), and two foreign keys across modules.
	['events/queries.server.ts', ['organisations', 'reports', 'volunteering']],
	['action-plan/queries.server.ts', ['organisations', 'reports']],
	['action-plan/schema.ts', ['organisations', 'surveys']],
	['surveys/queries.server.ts', ['attendance']]
];

interface CrossImport {
	file: string;
	from: string;
	target: string;
}

function sourcesOf(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return sourcesOf(path);
		return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
	});
}

const isTestFile = (path: string) => /\.test\.ts$/.test(path) || /(^|\/)test-[a-z-]+\.ts$/.test(path);
// `import … from '…'`, `export … from '…'` and `import('…')`; `type` imports are told apart below.
const IMPORT = /(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function isTypeOnly(typeKeyword: string | undefined, names: string): boolean {
	if (typeKeyword) return true;
	const inner = /^\{([^}]*)\}$/.exec(names.trim());
	if (!inner) return false;
	const parts = inner[1]
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean);
	return parts.length > 0 && parts.every((part) => part.startsWith('type '));
}

/** Every runtime import between files of the modules (tests and type-only imports left out), within a module too. */
function moduleImports(): CrossImport[] {
	const found: CrossImport[] = [];
	for (const path of sourcesOf(MODULES)) {
		const file = relative(MODULES, path).split('\\').join('/');
		if (!file.includes('/') || isTestFile(file)) continue;
		const from = file.split('/')[0];
		for (const match of readFileSync(path, 'utf8').matchAll(IMPORT)) {
			const specifier = match[3] ?? match[4];
			if (match[3] && isTypeOnly(match[1], match[2])) continue;
			let absolute: string;
			if (/^[$#]lib\//.test(specifier)) absolute = join(LIB, specifier.slice(5));
			else if (specifier.startsWith('.')) absolute = resolve(dirname(path), specifier);
			else continue;
			const target = relative(MODULES, absolute).split('\\').join('/');
			if (target.startsWith('..') || !target.includes('/')) continue;
			found.push({ file, from, target });
		}
	}
	return found;
}

/** Every import of another module's file from a module's sources (tests and type-only imports left out). */
function crossModuleImports(): CrossImport[] {
	return moduleImports().filter((entry) => entry.target.split('/')[0] !== entry.from);
}

/**
 * The import circles among the modules' files that cross a module's edge: each strongly connected group of files
 * (Tarjan) with files of more than one module, as its sorted file names. A circle inside one module is its own affair.
 */
function crossModuleCircles(imports: readonly CrossImport[]): string[][] {
	const edges = new Map<string, string[]>();
	for (const { file, target } of imports) edges.set(file, [...(edges.get(file) ?? []), target]);
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const groups: string[][] = [];
	const visit = (file: string) => {
		index.set(file, index.size);
		low.set(file, index.get(file)!);
		stack.push(file);
		onStack.add(file);
		for (const target of edges.get(file) ?? []) {
			if (!index.has(target)) {
				visit(target);
				low.set(file, Math.min(low.get(file)!, low.get(target)!));
			} else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
		}
		if (low.get(file) !== index.get(file)) return;
		const group: string[] = [];
		let member: string;
		do {
			member = stack.pop()!;
			onStack.delete(member);
			group.push(member);
		} while (member !== file);
		if (new Set(group.map((name) => name.split('/')[0])).size > 1) groups.push(group.sort());
	};
	for (const file of edges.keys()) if (!index.has(file)) visit(file);
	return groups;
}

describe('module boundaries', () => {
	const imports = crossModuleImports();
	const isAllowed = (item: CrossImport) =>
		ALLOWED.some(([target, importers]) => target === item.target && importers.includes(item.from));

	it('finds the imports it checks (the scan reads the sources)', () => {
		expect(imports.length).toBeGreaterThan(0);
	});

	it('has no import of another module outside the allow-list: ask through a manifest hook instead', () => {
		const refused = imports.filter((item) => !isAllowed(item)).map((item) => `${item.file} → ${item.target}`);
		expect(refused).toEqual([]);
	});

	it('finds an import circle when two modules import each other (the search for circles works)', () => {
		const circle = crossModuleCircles([
			{ file: 'a/queries.server.ts', from: 'a', target: 'b/queries.server.ts' },
			{ file: 'b/queries.server.ts', from: 'b', target: 'b/counts.server.ts' },
			{ file: 'b/counts.server.ts', from: 'b', target: 'a/queries.server.ts' },
			{ file: 'c/x.ts', from: 'c', target: 'a/queries.server.ts' }
		]);
		expect(circle).toEqual([['a/queries.server.ts', 'b/counts.server.ts', 'b/queries.server.ts']]);
	});

	it('has no import circle across modules (events and registrations: registrations owns place counting, decision 0009)', () => {
		expect(crossModuleCircles(moduleImports())).toEqual([]);
	});

	it('names no import that is gone, so the allow-list only shrinks', () => {
		const unused = ALLOWED.flatMap(([target, importers]) =>
			importers
				.filter((from) => !imports.some((item) => item.target === target && item.from === from))
				.map((from) => `${from} → ${target}`)
		);
		expect(unused).toEqual([]);
	});

	it('keeps the council, calls and the statistics off the link targets’ owners', () => {
		const owners = ['action-plan/', 'events/', 'participation/'];
		const links = imports.filter(
			(item) => ['council', 'calls'].includes(item.from) && owners.some((owner) => item.target.startsWith(owner))
		);
		expect(links).toEqual([]);
	});
});
