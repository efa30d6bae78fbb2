import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useUi } from '../ui-context.js';

/** A titled box of a fixed size: the title takes its first line. */
export function Panel({
  title,
  width,
  height,
  children,
}: {
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly children: ReactNode;
}) {
  const { colorLevel } = useUi();
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text bold color={colorLevel === 'none' ? undefined : 'cyan'} wrap="truncate-end">
        {title}
      </Text>
      {children}
    </Box>
  );
}
