import { Text } from 'ink';
import type { ReactNode } from 'react';
import { tint } from '../theme.js';

/** How a span of one style looks; null for plain text. The colour goes through the theme (none under NO_COLOR). */
export type SpanLook = {
	bold?: boolean;
	italic?: boolean;
	underline?: boolean;
	inverse?: boolean;
	dimColor?: boolean;
	colour?: string;
} | null;

/**
 * The one renderer of styled spans (the Reader's lines, the Claims columns):
 * each view says how its styles look in a table, and this draws them, so a
 * style means one thing wherever a span is drawn.
 */
export function StyledSpan<S extends string>({
	span,
	looks,
}: {
	span: { text: string; style: S };
	looks: Readonly<Record<S, SpanLook>>;
}): ReactNode {
	const look = looks[span.style];
	if (look === null) return span.text;
	const { colour, ...style } = look;
	return (
		<Text {...style} {...(colour === undefined ? {} : { color: tint(colour) })}>
			{span.text}
		</Text>
	);
}
