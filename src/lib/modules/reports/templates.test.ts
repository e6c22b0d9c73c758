// Report templates: which indicators a section may show, how the form's rows become ordered sections,
// and how a year's figures fill them.
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_REPORT_TEMPLATE,
	fillSections,
	indicatorCatalogue,
	isTemplateIndicator,
	moveSection,
	newSectionKey,
	sectionProblem,
	type YearFacts
} from './templates.ts';
import { readTemplateNarratives, readTemplateSections } from './inputs.ts';
import { summariseRatings } from './standards.ts';
import type { ShownBlock } from './shown.ts';

const block: ShownBlock = {
	key: 'events',
	titleKey: 'attendance.periodStatistics.events',
	filtered: false,
	areaFiltered: false,
	figures: [
		{
			key: 'events.held',
			labelKey: 'attendance.periodStatistics.eventsHeld',
			text: '12',
			value: 12,
			previousText: '9',
			previousValue: 9
		},
		{
			key: 'attendance.reached',
			labelKey: 'attendance.periodStatistics.reached',
			text: '<5',
			value: null,
			previousText: null,
			previousValue: null
		}
	],
	tables: [
		{
			key: 'attendance.vulnerable',
			titleKey: 'attendance.statistics.vulnerable',
			rows: [{ label: { key: 'x' }, text: '7', value: 7 }],
			total: null
		}
	]
};

function form(entries: [string, string][]): FormData {
	const data = new FormData();
	for (const [name, value] of entries) data.append(name, value);
	return data;
}

describe('template indicators', () => {
	it('accepts figures, tables and the four areas only', () => {
		expect(isTemplateIndicator('figure:events.held')).toBe(true);
		expect(isTemplateIndicator('table:attendance.vulnerable')).toBe(true);
		expect(isTemplateIndicator('area:inclusion')).toBe(true);
		expect(isTemplateIndicator('area:budget')).toBe(false);
		expect(isTemplateIndicator('events.held')).toBe(false);
		expect(isTemplateIndicator('figure:')).toBe(false);
		expect(isTemplateIndicator('figure:<script>')).toBe(false);
	});

	it('asks each kind of section for the indicators it can show', () => {
		expect(sectionProblem({ kind: 'text', indicators: [] })).toBeNull();
		expect(sectionProblem({ kind: 'text', indicators: ['figure:events.held'] })).toBe(
			'reports.templates.problem.textOnly'
		);
		expect(sectionProblem({ kind: 'standards', indicators: ['figure:events.held'] })).toBe(
			'reports.templates.problem.needsArea'
		);
		expect(sectionProblem({ kind: 'standards', indicators: ['area:management', 'figure:events.held'] })).toBeNull();
		expect(sectionProblem({ kind: 'figures', indicators: [] })).toBe('reports.templates.problem.needsFigure');
		expect(sectionProblem({ kind: 'figures', indicators: ['area:management'] })).toBe(
			'reports.templates.problem.areaInStandardsOnly'
		);
		expect(sectionProblem({ kind: 'plan', indicators: [] })).toBeNull();
	});

	it('ships a default template with one sound section per work-standard area', () => {
		const areas = DEFAULT_REPORT_TEMPLATE.sections.flatMap((section) =>
			section.indicators.filter((indicator) => indicator.startsWith('area:'))
		);
		expect(areas).toEqual(['area:management', 'area:partnership', 'area:participation', 'area:inclusion']);
		for (const section of DEFAULT_REPORT_TEMPLATE.sections) {
			expect(sectionProblem(section)).toBeNull();
			expect(section.indicators.every(isTemplateIndicator)).toBe(true);
		}
		expect(new Set(DEFAULT_REPORT_TEMPLATE.sections.map((section) => section.key)).size).toBe(
			DEFAULT_REPORT_TEMPLATE.sections.length
		);
	});

	it('offers every figure and table of the statistics and the four areas', () => {
		const values = indicatorCatalogue([block]).map((choice) => choice.value);
		expect(values).toEqual([
			'figure:events.held',
			'figure:attendance.reached',
			'table:attendance.vulnerable',
			'area:management',
			'area:partnership',
			'area:participation',
			'area:inclusion'
		]);
	});

	it('gives a new section a key no other section has', () => {
		const keys = ['s-aaaa1111'];
		const random = [() => 'AAAA-1111', () => 'bbbb2222'];
		let call = 0;
		expect(newSectionKey(keys, () => random[call++]())).toBe('s-bbbb2222');
		expect(newSectionKey(['s-same'], () => 'same')).toBe('s-same5');
	});
});

describe('moving a section', () => {
	const sections = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];
	const keys = (moved: { key: string }[] | null) => moved?.map((section) => section.key) ?? null;

	it('swaps it with its neighbour and keeps the others in place', () => {
		expect(keys(moveSection(sections, 'b', 'up'))).toEqual(['b', 'a', 'c']);
		expect(keys(moveSection(sections, 'b', 'down'))).toEqual(['a', 'c', 'b']);
		expect(keys(moveSection(sections, 'a', 'down'))).toEqual(['b', 'a', 'c']);
		expect(keys(sections)).toEqual(['a', 'b', 'c']);
	});

	it('changes nothing past either end or for a key that is not there', () => {
		expect(moveSection(sections, 'a', 'up')).toBeNull();
		expect(moveSection(sections, 'c', 'down')).toBeNull();
		expect(moveSection(sections, 'x', 'up')).toBeNull();
		expect(moveSection([], 'a', 'down')).toBeNull();
	});

	it('moving up and then down again gives the same order back', () => {
		const once = moveSection(sections, 'c', 'up')!;
		expect(keys(moveSection(once, 'c', 'down'))).toEqual(['a', 'b', 'c']);
	});
});

describe('reading the template form', () => {
	it('keeps the rows in their listed order (an old order number is ignored), drops blank and removed rows and keeps keys', () => {
		const { sections, errors } = readTemplateSections(
			form([
				['sections[1].key', 'intro'],
				['sections[1].title', 'Увод'],
				['sections[1].kind', 'text'],
				['sections[1].order', '1'],
				['sections[0].key', 'numbers'],
				['sections[0].title', 'Бројке'],
				['sections[0].titleEn', 'Numbers'],
				['sections[0].kind', 'figures'],
				['sections[0].order', '9'],
				['sections[0].indicators', 'figure:events.held'],
				['sections[0].indicators', 'table:attendance.vulnerable'],
				['sections[2].key', 'old'],
				['sections[2].title', 'Старо'],
				['sections[2].kind', 'text'],
				['sections[2].remove', '1'],
				['sections[3].title', ''],
				['sections[3].kind', 'text']
			]),
			() => 'new'
		);
		expect(errors).toEqual({});
		expect(sections).toEqual([
			{
				key: 'numbers',
				title: 'Бројке',
				titleEn: 'Numbers',
				kind: 'figures',
				indicators: ['figure:events.held', 'table:attendance.vulnerable']
			},
			{ key: 'intro', title: 'Увод', titleEn: '', kind: 'text', indicators: [] }
		]);
	});

	it('reports each problem on its field and gives new rows a key', () => {
		const { sections, errors } = readTemplateSections(
			form([
				['sections[0].title', ''],
				['sections[0].kind', 'figures'],
				['sections[0].indicators', 'area:management'],
				['sections[1].title', 'Нови део'],
				['sections[1].kind', 'standards'],
				['sections[1].indicators', 'figure:bad key']
			]),
			() => 'abc123'
		);
		expect(sections[0].key).toBe('s-abc123');
		expect(errors['sections[0].title']).toBe('validation.required');
		expect(errors['sections[0].indicators']).toBe('reports.templates.problem.areaInStandardsOnly');
		expect(errors['sections[1].indicators']).toBe('validation.invalid');
		expect(sections[1].key).toBe('s-abc1235');
	});

	it('refuses a template without sections', () => {
		expect(readTemplateSections(form([])).errors.sections).toBe('reports.templates.problem.noSections');
	});

	it('reads a narrative per section key and refuses one too long', () => {
		const read = readTemplateNarratives(
			form([
				['narrative_intro', 'Текст'],
				['narrative_other', 'x'.repeat(20_001)]
			]),
			['intro', 'other', 'missing']
		);
		expect(read.narratives).toEqual({ intro: 'Текст', other: 'x'.repeat(20_001), missing: '' });
		expect(Object.keys(read.errors)).toEqual(['narrative_other']);
	});
});

describe('filling sections', () => {
	const facts: YearFacts = {
		blocks: [block],
		areas: {
			summary: summariseRatings([{ area: 'inclusion', rating: 'met' }]),
			previousSummary: summariseRatings([]),
			standards: { inclusion: [] }
		},
		plan: null
	};

	it('takes the chosen figures, tables and areas in the chosen order, hidden counts stay hidden', () => {
		const [section] = fillSections(
			[
				{
					key: 'inclusion',
					title: 'Инклузија',
					titleEn: 'Inclusion',
					kind: 'standards',
					indicators: [
						'area:inclusion',
						'figure:attendance.reached',
						'figure:events.held',
						'table:attendance.vulnerable'
					]
				}
			],
			facts
		);
		expect(section.figures.map((figure) => [figure.key, figure.text, figure.previousText])).toEqual([
			['attendance.reached', '<5', null],
			['events.held', '12', '9']
		]);
		expect(section.tables.map((table) => table.key)).toEqual(['attendance.vulnerable']);
		expect(section.areas.map((area) => [area.area, area.summary.score, area.previous?.score])).toEqual([
			['inclusion', 100, null]
		]);
		expect(section.missing).toEqual([]);
	});

	it('lists what the platform has no figure for, and areas of an office without standards', () => {
		const [section] = fillSections(
			[{ key: 'a', title: 'A', titleEn: '', kind: 'standards', indicators: ['area:management', 'figure:gone.away'] }],
			{ ...facts, areas: null }
		);
		expect(section.missing).toEqual(['area:management', 'figure:gone.away']);
		expect(section.areas).toEqual([]);
	});

	it('gives a plan section the year’s goals and other sections none', () => {
		const plan = [{ title: 'Циљ', titleEn: 'Goal', indicators: [], measures: [] }];
		const sections = fillSections(
			[
				{ key: 'p', title: 'План', titleEn: '', kind: 'plan', indicators: [] },
				{ key: 't', title: 'Текст', titleEn: '', kind: 'text', indicators: [] }
			],
			{ ...facts, plan: plan as unknown as YearFacts['plan'] }
		);
		expect(sections[0].plan).toBe(plan);
		expect(sections[1].plan).toBeNull();
	});
});
