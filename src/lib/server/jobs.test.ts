import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startJobRunner } from './jobs.ts';
import type { Database } from './db/client.ts';

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('the job runner', () => {
	it('runs every job once shortly after start, then on its own interval', async () => {
		const run = vi.fn(async () => 0);
		const runner = startJobRunner({} as Database, [{ name: 'six-hourly', everyMs: 6 * 3_600_000, run }]);
		expect(run).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(5_000);
		expect(run).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(6 * 3_600_000);
		expect(run).toHaveBeenCalledTimes(2);
		runner.stop();
	});

	it('waits for the interval when asked not to run at start', async () => {
		const run = vi.fn(async () => 0);
		const runner = startJobRunner({} as Database, [{ name: 'hourly', everyMs: 3_600_000, run }], undefined, {
			runAtStart: false
		});
		await vi.advanceTimersByTimeAsync(5_000);
		expect(run).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(3_600_000);
		expect(run).toHaveBeenCalledTimes(1);
		runner.stop();
	});

	it('does not run at all once stopped before the first run', async () => {
		const run = vi.fn(async () => 0);
		startJobRunner({} as Database, [{ name: 'stopped', everyMs: 60_000, run }]).stop();
		await vi.advanceTimersByTimeAsync(120_000);
		expect(run).not.toHaveBeenCalled();
	});
});
