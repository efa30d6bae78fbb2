import { Text } from 'ink';

/** The single dashboard's keys, the longest form that fits the width; in a comparison Esc goes back to it. */
export function footerText(width: number, isInComparison = false): string {
  if (isInComparison) {
    const forms = [
      'Esc back to the comparison  ←→ other run  space pause  n step  r restart  s seed  +/- speed  l log  [ ] layer  ? help  q menus',
      'Esc comparison  ←→ run  spc pause n step r restart s seed +/- speed l log [] layer ? help q menus',
      'Esc compare ←→ run spc n r s +/- l [ ] ? q',
    ];
    return forms.find((text) => text.length <= width) ?? forms[forms.length - 1].slice(0, width);
  }
  const longest = 'space pause  n step  r restart  s new seed  +/- speed  l log  [ ] layer  t theory  tab panel  ? help  q/Esc back  Ctrl+C quit';
  const long = 'space pause  n step  r restart  s new seed  +/- speed  l log  [ ] layer  t theory  tab panel  ? help  q back';
  const short = 'spc pause n step r restart s seed +/- l log [] layer t theory tab ? help q back';
  const shortest = 'spc n r s +/- l [ ] t tab ?help q';
  return [longest, long, short, shortest].find((text) => text.length <= width) ?? shortest.slice(0, width);
}

/** The key hint line at the foot of the dashboard. */
export function Footer({ width, isInComparison = false }: { readonly width: number; readonly isInComparison?: boolean }) {
  return (
    <Text dimColor wrap="truncate-end">
      {footerText(width, isInComparison)}
    </Text>
  );
}
