import type { ModuleManifest } from '../../server/manifest.ts';
import { canViewAttendanceStatistics } from './permissions.server.ts';
import { removeDemoAttendance, seedDemoAttendance } from './seed.server.ts';
import { requestFeedback } from './commands/request-feedback.server.ts';
import { attendancePersonalData } from './personal-data.server.ts';

export const attendanceManifest: ModuleManifest = {
	name: 'attendance',
	adminNav: [
		{
			group: 'reports',
			href: '/admin/statistics',
			labelKey: 'attendance.nav',
			isVisibleTo: canViewAttendanceStatistics,
			order: 60
		}
	],
	seedDemo: (db, officeId) => seedDemoAttendance(db, officeId),
	removeDemo: (db, officeId) => removeDemoAttendance(db, officeId),
	jobs: [{ name: 'attendance: feedback requests', everyMs: 5 * 60 * 1000, run: requestFeedback }],
	personalData: attendancePersonalData
};
