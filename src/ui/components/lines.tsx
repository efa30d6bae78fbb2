import { Box, Text } from 'ink';
import { compactColors } from '../../render/compact-colors.js';

/** Pre-rendered text lines (from src/render), one <Text> each, never wrapped; redundant colour escapes dropped. */
export function Lines({ lines, width }: { readonly lines: readonly string[]; readonly width?: number }) {
  return (
    <Box flexDirection="column" width={width}>
      {lines.map((line, index) => (
        <Text key={index} wrap="truncate-end">
          {line === '' ? ' ' : compactColors(line)}
        </Text>
      ))}
    </Box>
  );
}
