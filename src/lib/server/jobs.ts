import type { Database } from './db/client.ts';
import type { ScheduledJob } from './manifest.ts';

/**
 * Runs each job on its own interval in this process. A job never overlaps itself here; across
 * instances the job's own row claiming keeps work from being done twice.
 */
export function startJobRunner(
	db: Database,
	jobs: readonly ScheduledJob[],
	onWork: () => void = () => {}
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
	return {
		stop: () => timers.forEach(clearInterval),
		runAll: async () => {
			await Promise.all(jobs.map(runJob));
		}
	};
}
