import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** Columns and rows of the terminal, updated on resize. */
export type TerminalSize = { readonly columns: number; readonly rows: number };

/** Fallback when the output stream does not know its size (80x24, the classic terminal). */
const FALLBACK: TerminalSize = { columns: 80, rows: 24 };

const sizeOf = (stream: NodeJS.WriteStream): TerminalSize => ({
  columns: stream.columns || FALLBACK.columns,
  rows: stream.rows || FALLBACK.rows,
});

/** The terminal's size, re-read on every `resize` event of stdout. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    const onResize = (): void => setSize(sizeOf(stdout));
    stdout.on('resize', onResize);
    onResize();
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
