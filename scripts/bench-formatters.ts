// RSS growth of formatting 300,000 dates and numbers: a new Intl formatter per call (as the platform did)
// against the cached ones from src/lib/i18n/formatters.ts. `node scripts/bench-formatters.ts [new|cached]`.
import { dateTimeFormat, numberFormat } from '../src/lib/i18n/formatters.ts';

const mode = process.argv[2] === 'new' ? 'new' : 'cached';
const rounds = 300_000;
const mb = (bytes: number) => Math.round(bytes / 1048576);
const before = process.memoryUsage().rss;
const started = performance.now();
const when = new Date('2026-12-06T20:30:00Z');
let length = 0;
for (let i = 0; i < rounds; i++) {
	const options: Intl.DateTimeFormatOptions = { timeZone: 'Europe/Belgrade', dateStyle: 'medium' };
	const date = mode === 'new' ? new Intl.DateTimeFormat('sr-Cyrl', options) : dateTimeFormat('sr-Cyrl', options);
	const number = mode === 'new' ? new Intl.NumberFormat('sr-Latn') : numberFormat('sr-Latn');
	length += date.format(when).length + number.format(i).length;
}
const elapsed = performance.now() - started;
globalThis.gc?.();
const after = process.memoryUsage().rss;
console.log(
	`${mode}: ${rounds} dates and numbers in ${Math.round(elapsed)} ms, RSS ${mb(before)} → ${mb(after)} MB (+${mb(after - before)} MB), ${length} characters`
);
