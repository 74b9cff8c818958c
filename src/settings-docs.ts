// The README's settings tables, printed from the definitions in settings.ts.
import { type SettingGroup, settingsTable } from './settings.ts';

const groups: SettingGroup[] = ['basics', 'production', 'operations'];

/** `markdown` with the table between each group's markers replaced by the one the definitions print. */
export function withSettingsTables(markdown: string): string {
  let out = markdown;
  for (const group of groups) {
    const open = `<!-- settings:${group} -->`;
    const close = `<!-- /settings:${group} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(`README.md has no ${open} … ${close} block`);
    out = `${out.slice(0, start + open.length)}\n${settingsTable(group)}\n${out.slice(end)}`;
  }
  return out;
}
