import type { ModuleManifest } from '../../server/manifest.ts';

export const attendanceManifest: ModuleManifest = {
	name: 'attendance'
};
