import { describe, expect, it } from 'vitest';
import { activityProgress, rollUp, weightedProgress } from './progress.ts';

describe('activityProgress', () => {
	it('counts done as complete, dropped as nothing and clamps what was reported', () => {
		expect(activityProgress('done', 40)).toBe(100);
		expect(activityProgress('dropped', 80)).toBeNull();
		expect(activityProgress('in_progress', 35)).toBe(35);
		expect(activityProgress('late', 120)).toBe(100);
		expect(activityProgress('not_started', -5)).toBe(0);
	});
});

describe('weightedProgress', () => {
	it('is the plain mean with equal weights', () => {
		expect(
			weightedProgress([
				{ weight: 1, progress: 100 },
				{ weight: 1, progress: 0 }
			])
		).toBe(50);
	});

	it('follows the weights', () => {
		expect(
			weightedProgress([
				{ weight: 3, progress: 100 },
				{ weight: 1, progress: 0 }
			])
		).toBe(75);
	});

	it('leaves out children without progress and those weighted zero', () => {
		expect(
			weightedProgress([
				{ weight: 1, progress: 60 },
				{ weight: 5, progress: null },
				{ weight: 0, progress: 0 }
			])
		).toBe(60);
	});

	it('has no progress when nothing can be measured', () => {
		expect(weightedProgress([])).toBeNull();
		expect(weightedProgress([{ weight: 1, progress: null }])).toBeNull();
	});

	it('rounds to one decimal', () => {
		expect(
			weightedProgress([
				{ weight: 1, progress: 100 },
				{ weight: 1, progress: 0 },
				{ weight: 1, progress: 0 }
			])
		).toBe(33.3);
	});
});

describe('rollUp', () => {
	it('rolls activities up through measures and goals, dropping dropped activities', () => {
		const goal = {
			weight: 1,
			children: [
				{
					weight: 2,
					children: [
						{ weight: 1, status: 'done' as const, progress: 10 },
						{ weight: 1, status: 'in_progress' as const, progress: 50 },
						{ weight: 1, status: 'dropped' as const, progress: 0 }
					]
				},
				{ weight: 1, children: [{ weight: 1, status: 'not_started' as const, progress: 0 }] },
				// A measure with no activities yet does not count as 0 %.
				{ weight: 1, children: [] }
			]
		};
		// Measure 1: (100 + 50) / 2 = 75 with weight 2; measure 2: 0 with weight 1 → 150 / 3 = 50.
		expect(rollUp(goal)).toBe(50);
	});

	it('gives a measure whose activities were all dropped no progress', () => {
		expect(rollUp({ weight: 1, children: [{ weight: 1, status: 'dropped', progress: 100 }] })).toBeNull();
	});
});
