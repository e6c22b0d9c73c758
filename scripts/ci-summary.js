// Adds up the JSON reports of the CI's test runs and prints one closing line: "N passed, N failed".
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const folder = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
	const report = JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
	console.log(
		`${file.replace('.json', '').padEnd(6)} ${report.numPassedTests} passed, ${report.numFailedTests} failed`
	);
	passed += report.numPassedTests;
	failed += report.numFailedTests;
	skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
