// Answers that must not reveal, by how long they take, which branch ran (issue 14.8: whether an
// e-mail address has an account).

/** Runs the work and answers no sooner than `minimumMs` after the start, whichever way it went. */
export async function answerInConstantTime<T>(minimumMs: number, work: () => Promise<T>): Promise<T> {
	const started = Date.now();
	try {
		return await work();
	} finally {
		const left = minimumMs - (Date.now() - started);
		if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
	}
}
