import { Text } from 'ink';
import type { ReactNode } from 'react';

/**
 * `text` with `ranges` ([start, end) offsets) shown inverted. When `lead` is
 * set, text long before the first range is cut to an ellipsis so the match
 * stays on screen in a one-line row.
 */
export function Highlighted({
	text,
	ranges,
	lead,
}: {
	text: string;
	ranges: readonly (readonly [number, number])[];
	lead?: number;
}): ReactNode {
	let offset = 0;
	const first = ranges[0];
	if (lead !== undefined && first && first[0] > lead) offset = first[0] - lead;
	const shown = offset > 0 ? `…${text.slice(offset)}` : text;
	const shift = offset > 0 ? offset - 1 : 0;
	const parts: ReactNode[] = [];
	let cursor = 0;
	ranges.forEach(([from, to], i) => {
		const start = Math.max(cursor, from - shift);
		const end = Math.min(shown.length, to - shift);
		if (end <= start) return;
		if (start > cursor) parts.push(shown.slice(cursor, start));
		parts.push(
			<Text key={i} inverse bold>
				{shown.slice(start, end)}
			</Text>,
		);
		cursor = end;
	});
	if (cursor < shown.length) parts.push(shown.slice(cursor));
	return <Text wrap="truncate-end">{parts}</Text>;
}
