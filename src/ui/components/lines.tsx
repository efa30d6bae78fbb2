import { Box, Text } from 'ink';

/** Pre-rendered text lines (from src/render), one <Text> each, never wrapped. */
export function Lines({ lines, width }: { readonly lines: readonly string[]; readonly width?: number }) {
  return (
    <Box flexDirection="column" width={width}>
      {lines.map((line, index) => (
        <Text key={index} wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
    </Box>
  );
}
