import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
	moveTemplateSectionInput,
	publishReportInput,
	readReportYear,
	readStatisticsRequest,
	submitAnnualReportInput
} from './inputs.ts';

describe('annual report and statistics inputs', () => {
	it('asks for the confirmation with its own message when the box is not ticked', () => {
		const result = v.safeParse(submitAnnualReportInput, {});
		expect(result.success).toBe(false);
		expect(result.issues?.[0].message).toBe('reports.annual.confirmRequired');
		expect(v.safeParse(submitAnnualReportInput, { confirm: 'yes' }).success).toBe(true);
	});

	it('reads years and programmes from addresses without ever failing on junk', () => {
		expect(readReportYear('2025')).toBe(2025);
		expect(readReportYear('1999')).toBeNull();
		expect(readReportYear('20x5')).toBeNull();
		const request = readStatisticsRequest(new URLSearchParams('programme=not-an-id'), new Date('2026-06-01T10:00:00Z'));
		expect(request).toMatchObject({ ok: true, filter: { programmeId: null, period: { year: 2026 } } });
		const bad = readStatisticsRequest(new URLSearchParams('year=1800'), new Date('2026-06-01T10:00:00Z'));
		expect(bad).toMatchObject({
			ok: false,
			message: 'reports.period.problem.year',
			fallback: { period: { year: 2026 } }
		});
	});

	it('reads an action-plan area from the address, and ignores one that is not an id', () => {
		const now = new Date('2026-06-01T10:00:00Z');
		const id = '0b7c6b1e-9a4f-4d2e-8c1a-2f3e4d5c6b7a';
		expect(readStatisticsRequest(new URLSearchParams(`area=${id}`), now)).toMatchObject({
			ok: true,
			filter: { planAreaId: id }
		});
		expect(readStatisticsRequest(new URLSearchParams('area=junk'), now)).toMatchObject({
			ok: true,
			filter: { planAreaId: null }
		});
	});
});

describe('template and publishing buttons', () => {
	it('reads a move button as a section key and a direction, refusing anything else', () => {
		expect(v.parse(moveTemplateSectionInput, { move: 's-ab12:up' })).toEqual({ key: 's-ab12', direction: 'up' });
		expect(v.parse(moveTemplateSectionInput, { move: 'intro:down' })).toEqual({ key: 'intro', direction: 'down' });
		for (const move of ['intro:left', 'intro', ':up', '1abc:up', 'in tro:up', 'a:up:down'])
			expect(v.safeParse(moveTemplateSectionInput, { move }).success, move).toBe(false);
	});

	it('reads publish and take down, and nothing else', () => {
		expect(v.parse(publishReportInput, { published: 'yes' })).toEqual({ published: true });
		expect(v.parse(publishReportInput, { published: 'no' })).toEqual({ published: false });
		expect(v.safeParse(publishReportInput, { published: 'true' }).success).toBe(false);
		expect(v.safeParse(publishReportInput, {}).success).toBe(false);
	});
});
