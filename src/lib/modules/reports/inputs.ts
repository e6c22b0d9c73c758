// Reading the statistics' address (browser-safe).
import { instantToBelgrade } from '../../i18n/office-time.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { readPeriod, yearPeriod, type StatisticsPeriod } from './period.ts';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The period and programme from the address. A bad period is reported with the message to show;
 * `fallback` is this year, so the page can still show something beside the message.
 */
export function readStatisticsRequest(
	params: URLSearchParams,
	now: Date
):
	| { ok: true; filter: { period: StatisticsPeriod; programmeId: string | null } }
	| { ok: false; message: MessageKey; fallback: { period: StatisticsPeriod; programmeId: null } } {
	const today = instantToBelgrade(now).date;
	const read = readPeriod(params, today);
	const programme = (params.get('programme') ?? '').trim();
	if (!read.ok)
		return {
			ok: false,
			message: `reports.period.problem.${read.problem}` as MessageKey,
			fallback: { period: yearPeriod(Number(today.slice(0, 4))), programmeId: null }
		};
	return { ok: true, filter: { period: read.period, programmeId: ID.test(programme) ? programme : null } };
}
