const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id from a URL or form can be a record id at all (anything else is simply not found). */
export function isUuid(value: string): boolean {
	return UUID.test(value);
}
