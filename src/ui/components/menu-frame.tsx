import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useUi } from '../ui-context.js';

/** One entry of a menu, with what the panel beside the list shows while it is highlighted. */
export type MenuItem<V> = { readonly label: string; readonly value: V; readonly details?: () => ReactNode };

/** Lines of a menu frame outside its list: the title, a blank line and the key hint. */
export const MENU_CHROME_LINES = 4;

/**
 * The frame every menu shares: a title, the list (`listWidth` columns) with the highlighted
 * entry's details beside it, then `footer` lines (a status, the key hint). Fills the terminal
 * but its last line; `listHeight` gives the lines the list has.
 */
export function MenuFrame({
  title,
  listWidth,
  listHeight,
  list,
  details,
  footer,
}: {
  readonly title: string;
  readonly listWidth: number;
  readonly listHeight: number;
  readonly list: ReactNode;
  readonly details: (() => ReactNode) | undefined;
  readonly footer: ReactNode;
}) {
  const { columns, rows, colorLevel } = useUi();
  return (
    <Box flexDirection="column" width={columns} height={rows - 1} overflow="hidden">
      <Text bold color={colorLevel === 'none' ? undefined : 'cyan'} wrap="truncate-end">
        {title}
      </Text>
      <Text> </Text>
      <Box flexDirection="row" height={listHeight} overflow="hidden">
        <Box flexDirection="column" width={listWidth} flexShrink={0} overflow="hidden">
          {list}
        </Box>
        {details ? (
          <Box flexDirection="column" width={Math.max(columns - listWidth - 2, 10)} marginLeft={2} overflow="hidden">
            {details()}
          </Box>
        ) : null}
      </Box>
      {footer}
    </Box>
  );
}
