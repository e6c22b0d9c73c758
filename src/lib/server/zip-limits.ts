// Reading a ZIP archive's central directory (Office files, XLSX imports) and the limits that keep a
// "zip bomb" out (issue 14.6), shared by every module that accepts such files.

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
	if (bytes.length < at + signature.length) return false;
	return signature.every((byte, index) => bytes[at + index] === byte);
}

const u16 = (bytes: Uint8Array, at: number) => bytes[at] | (bytes[at + 1] << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;

/**
 * Limits of a ZIP container (Office files, spreadsheets) (issue 14.6): real documents hold tens to a few thousand
 * entries and expand to a few dozen MB; a "zip bomb" holds millions of entries or expands a
 * thousand-fold. ZIP64 archives (over 4 GB or 65,535 entries) are refused outright.
 */
export const ZIP_LIMITS = { entries: 5000, totalBytes: 200 * 1024 * 1024, ratio: 200 };

/** An entry of a ZIP archive as its central directory declares it. */
export interface ZipEntry {
	name: string;
	compressedSize: number;
	size: number;
}

/** Whether a ZIP archive stays within ZIP_LIMITS by what its central directory declares. */
export function isWithinZipLimits(entries: readonly ZipEntry[]): boolean {
	if (entries.length > ZIP_LIMITS.entries) return false;
	let total = 0;
	for (const entry of entries) {
		// 0xFFFFFFFF marks a ZIP64 size kept elsewhere: no Office document needs one.
		if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) return false;
		if (entry.size > 1024 * 1024 && entry.size > entry.compressedSize * ZIP_LIMITS.ratio) return false;
		total += entry.size;
	}
	return total <= ZIP_LIMITS.totalBytes;
}

/** The entries of a ZIP archive, read from its central directory; null when it is not one. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
	// The end-of-central-directory record sits in the last 22 bytes plus at most 64 KB of comment.
	const lowest = Math.max(0, bytes.length - 22 - 0xffff);
	for (let at = bytes.length - 22; at >= lowest; at--) {
		if (!startsWith(bytes, [0x50, 0x4b, 0x05, 0x06], at)) continue;
		const count = u16(bytes, at + 10);
		let entry = u32(bytes, at + 16);
		const names: ZipEntry[] = [];
		for (let index = 0; index < count; index++) {
			if (!startsWith(bytes, [0x50, 0x4b, 0x01, 0x02], entry)) return null;
			const nameLength = u16(bytes, entry + 28);
			const extraLength = u16(bytes, entry + 30);
			const commentLength = u16(bytes, entry + 32);
			if (entry + 46 + nameLength > bytes.length) return null;
			names.push({
				name: new TextDecoder().decode(bytes.subarray(entry + 46, entry + 46 + nameLength)),
				compressedSize: u32(bytes, entry + 20),
				size: u32(bytes, entry + 24)
			});
			entry += 46 + nameLength + extraLength + commentLength;
		}
		return names;
	}
	return null;
}
