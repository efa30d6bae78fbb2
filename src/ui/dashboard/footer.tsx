import { Text } from 'ink';

/** The dashboard's keys, the longest form that fits the width. */
export function footerText(width: number): string {
  const longest = 'space pause  n step  r restart  s new seed  +/- speed  l log  [ ] layer  tab panel  ? help  q/Esc back  Ctrl+C quit';
  const long = 'space pause  n step  r restart  s new seed  +/- speed  l log  [ ] layer  tab panel  ? help  q back';
  const short = 'spc pause n step r restart s seed +/- speed l log [] layer tab ? help q back';
  const shortest = 'spc n r s +/- l [ ] tab ?help q';
  return [longest, long, short, shortest].find((text) => text.length <= width) ?? shortest.slice(0, width);
}

/** The key hint line at the foot of the dashboard. */
export function Footer({ width }: { readonly width: number }) {
  return (
    <Text dimColor wrap="truncate-end">
      {footerText(width)}
    </Text>
  );
}
