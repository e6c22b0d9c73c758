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
	statisticsShape: [
		{
			key: 'events',
			titleKey: 'attendance.periodStatistics.events',
			order: 10,
			figures: [
				{ key: 'events.held', labelKey: 'attendance.periodStatistics.eventsHeld' },
				{ key: 'events.sessions', labelKey: 'attendance.periodStatistics.sessions' }
			],
			tables: [{ key: 'events.byType', titleKey: 'attendance.periodStatistics.byType' }]
		},
		{
			key: 'attendance',
			titleKey: 'attendance.periodStatistics.people',
			order: 20,
			figures: [
				{ key: 'attendance.reached', labelKey: 'attendance.periodStatistics.reached' },
				{ key: 'attendance.registeredPeople', labelKey: 'attendance.periodStatistics.registeredPeople' },
				{ key: 'attendance.headcount', labelKey: 'attendance.periodStatistics.headcount' },
				{ key: 'attendance.attendances', labelKey: 'attendance.periodStatistics.attendances' }
			],
			tables: [
				{ key: 'attendance.byGender', titleKey: 'attendance.periodStatistics.byGender' },
				{ key: 'attendance.byBand', titleKey: 'attendance.periodStatistics.byBand' },
				{ key: 'attendance.bySettlement', titleKey: 'attendance.periodStatistics.bySettlement' },
				{ key: 'attendance.byArea', titleKey: 'attendance.periodStatistics.byArea' },
				{ key: 'attendance.vulnerable', titleKey: 'attendance.periodStatistics.vulnerable' }
			]
		}
	],
	statisticsOfPeriods: attendanceStatisticsOfPeriods,
	eventAttendance: countEventAttendance,
	standardsEvidence: attendanceStandardsEvidence
};
