// The indicator sources other modules offer through their manifests (decision 0011). The registry
// imports the action plan's manifest, so it is imported lazily here, on first use, never statically:
// no import circle at load time, and the action plan never names the modules that count.
import type { IndicatorSource, ModuleManifest } from '../../server/manifest.ts';

let cached: Promise<readonly IndicatorSource[]> | null = null;

/** Every indicator source of every module's manifest, in the registry's order. */
export function loadIndicatorSources(): Promise<readonly IndicatorSource[]> {
	cached ??= import('../registry.server.ts').then(({ manifests }) =>
		manifests.flatMap((manifest) => manifest.indicatorSources ?? [])
	);
	return cached;
}

type EventAttendanceHook = NonNullable<ModuleManifest['eventAttendance']>;
let attendanceHook: Promise<EventAttendanceHook | null> | null = null;

/**
 * The module that tells who came to events (manifest `eventAttendance`, the attendance module), for the
 * built-in counts of participants; null when no module offers it (then only events held count).
 */
export function loadEventAttendance(): Promise<EventAttendanceHook | null> {
	attendanceHook ??= import('../registry.server.ts').then(
		({ manifests }) => manifests.find((manifest) => manifest.eventAttendance)?.eventAttendance ?? null
	);
	return attendanceHook;
}

/** The choices the indicator form offers next to the built-in ones: key and label key. */
export async function listIndicatorSourceChoices(): Promise<{ value: string; label: string }[]> {
	return (await loadIndicatorSources()).map((source) => ({ value: source.key, label: source.labelKey }));
}
