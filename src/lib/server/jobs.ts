import type { Database } from './db/client.ts';
import type { ScheduledJob } from './manifest.ts';

/** How long after start every job runs once, so the server's start-up is not slowed by it. */
const FIRST_RUN_AFTER_MS = 2_000;

/**
 * Runs each job on its own interval in this process, and every job once shortly after start: a job
 * due every six hours would otherwise never run on a server restarted more often than that, and
 * what fell due while the server was down (a reminder, a feedback request) would wait a full
 * interval. A job never overlaps itself here; across instances the job's own row claiming keeps
 * work from being done twice.
 */
export function startJobRunner(
	db: Database,
	jobs: readonly ScheduledJob[],
	onWork: () => void = () => {},
	options: { runAtStart?: boolean } = {}
): { stop: () => void; runAll: () => Promise<void> } {
	const running = new Set<string>();
	const runJob = async (job: ScheduledJob) => {
		if (running.has(job.name)) return;
		running.add(job.name);
		try {
			const done = await job.run(db, new Date());
			if (done > 0) onWork();
		} catch (error) {
			console.error(`[job ${job.name}]`, error);
		} finally {
			running.delete(job.name);
		}
	};
	const timers = jobs.map((job) => {
		const timer = setInterval(() => void runJob(job), job.everyMs);
		timer.unref();
		return timer;
	});
	const firstRun =
		options.runAtStart === false ? undefined : setTimeout(() => void Promise.all(jobs.map(runJob)), FIRST_RUN_AFTER_MS);
	firstRun?.unref();
	return {
		stop: () => {
			if (firstRun) clearTimeout(firstRun);
			timers.forEach(clearInterval);
		},
		runAll: async () => {
			await Promise.all(jobs.map(runJob));
		}
	};
}
