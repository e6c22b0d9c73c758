// How progress rolls up the plan tree, as in Decidim's accountability: an activity reports its own
// progress, a measure's is the weighted mean of its activities, a goal's of its measures, an area's of
// its goals and the plan's of its areas. Dropped activities leave the calculation (they will not be
// done, so they should neither hold progress back nor count as done), and a branch with nothing to
// measure has no progress (null) rather than 0 %, so it does not drag its parent down either.
import type { ActivityStatus } from './schema.ts';

export interface ProgressNode {
	weight: number;
	/** A leaf's own progress (0–100) or null; ignored when the node has children. */
	progress?: number | null;
	status?: ActivityStatus;
	children?: ProgressNode[];
}

/** An activity's progress: done counts as 100 %, dropped as nothing, otherwise what was reported. */
export function activityProgress(status: ActivityStatus, reported: number): number | null {
	if (status === 'dropped') return null;
	if (status === 'done') return 100;
	return Math.min(100, Math.max(0, reported));
}

/** The weighted mean of the children that have progress; null when none has. Rounded to one decimal. */
export function weightedProgress(children: readonly { weight: number; progress: number | null }[]): number | null {
	let total = 0;
	let weights = 0;
	for (const child of children) {
		if (child.progress === null || child.weight <= 0) continue;
		total += child.progress * child.weight;
		weights += child.weight;
	}
	if (weights === 0) return null;
	return Math.round((total / weights) * 10) / 10;
}

/** The progress of a node from its subtree. */
export function rollUp(node: ProgressNode): number | null {
	if (!node.children) {
		if (node.status) return activityProgress(node.status, node.progress ?? 0);
		return node.progress ?? null;
	}
	return weightedProgress(node.children.map((child) => ({ weight: child.weight, progress: rollUp(child) })));
}
