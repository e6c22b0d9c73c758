import { attendanceStandardsEvidence } from './standards-evidence.server.ts';
import type { ModuleManifest } from '../../server/manifest.ts';
import { removeDemoAttendance, seedDemoAttendance } from './seed.server.ts';
import { requestFeedback } from './commands/request-feedback.server.ts';
import { attendancePersonalData } from './personal-data.server.ts';
import { attendanceStatistics, attendanceStatisticsOfPeriods, warmStatistics } from './period-statistics.server.ts';
import { countEventAttendance } from './queries.server.ts';

export const attendanceManifest: ModuleManifest = {
	name: 'attendance',
	// The event statistics are a tab of the office's statistics (reports module), not an entry of their own.
	seedDemo: (db, officeId) => seedDemoAttendance(db, officeId),
	removeDemo: (db, officeId) => removeDemoAttendance(db, officeId),
	jobs: [
		{ name: 'attendance: feedback requests', everyMs: 5 * 60 * 1000, run: requestFeedback },
		// Recounts the statistics a coordinator opens first once an office's writes pause (decision 0036).
		{ name: 'attendance: warm statistics', everyMs: 10_000, run: warmStatistics }
	],
	personalData: attendancePersonalData,
	statistics: attendanceStatistics,
	statisticsOfPeriods: attendanceStatisticsOfPeriods,
	eventAttendance: countEventAttendance,
	standardsEvidence: attendanceStandardsEvidence
};
