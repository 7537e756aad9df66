import { useStdout } from 'ink';
import { useLayoutEffect, useState } from 'react';

export interface TerminalSize {
	columns: number;
	rows: number;
}

/** Follows the terminal's size; 80x24 when stdout cannot tell (pipes, tests without a size). */
export function useTerminalSize(): TerminalSize {
	const { stdout } = useStdout();
	const [size, setSize] = useState(() => read(stdout));
	// A layout effect subscribes at commit, and the size is read again there, so
	// a resize between the first render and the subscription is not missed.
	useLayoutEffect(() => {
		const onResize = (): void =>
			setSize((previous) => {
				const next = read(stdout);
				return next.columns === previous.columns && next.rows === previous.rows ? previous : next;
			});
		onResize();
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}

function read(stdout: NodeJS.WriteStream): TerminalSize {
	return { columns: stdout.columns || 80, rows: stdout.rows || 24 };
}
