import { eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { attendanceSettings, type AgeBand } from './schema.ts';
import { DEFAULT_AGE_BANDS } from './statistics.ts';
import { groupKey } from './inputs.ts';

export interface VulnerableGroup {
	key: string;
	label: string;
	labelEn: string;
}

/** Groups counted by default; the office may change them. */
export const DEFAULT_VULNERABLE_GROUPS: VulnerableGroup[] = [
	{ label: 'Млади Роми и Ромкиње', labelEn: 'Roma youth' },
	{ label: 'Млади са инвалидитетом', labelEn: 'Young people with disabilities' },
	{ label: 'Млади који нису у школи ни у послу', labelEn: 'Young people not in education or work' }
].map((group) => ({ key: groupKey(group.label), ...group }));

export interface AttendanceSettings {
	ageBands: AgeBand[];
	vulnerableGroups: VulnerableGroup[];
}

/** The office's age bands and vulnerable groups, or the defaults until someone changes them. */
export async function getAttendanceSettings(db: Database, officeId: string): Promise<AttendanceSettings> {
	const [row] = await db.select().from(attendanceSettings).where(eq(attendanceSettings.officeId, officeId));
	return {
		ageBands: row?.ageBands.length ? row.ageBands : DEFAULT_AGE_BANDS,
		vulnerableGroups: row ? row.vulnerableGroups : DEFAULT_VULNERABLE_GROUPS
	};
}
