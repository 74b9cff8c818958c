// The settings tables of the README and docs/, printed from the definitions
// in settings.ts between `<!-- settings:<group> -->` markers.
import type { SettingGroup } from './settings.ts';
import { settingsTable } from './settings.ts';

export const settingsGroups: SettingGroup[] = ['basics', 'production', 'operations'];

/** The files that hold the tables, from the repository root. */
export const settingsDocs = ['README.md', 'docs/production.md'];

/** `markdown` with the table between each group's markers (those it has) replaced by the one the definitions print. */
export function withSettingsTables(markdown: string): string {
  let out = markdown;
  for (const group of settingsGroups) {
    const open = `<!-- settings:${group} -->`;
    const close = `<!-- /settings:${group} -->`;
    const start = out.indexOf(open);
    if (start < 0) continue;
    const end = out.indexOf(close, start);
    if (end < 0) throw new Error(`${open} has no ${close}`);
    out = `${out.slice(0, start + open.length)}\n${settingsTable(group)}\n${out.slice(end)}`;
  }
  return out;
}

/** The groups whose markers `markdown` has. */
export function groupsIn(markdown: string): SettingGroup[] {
  return settingsGroups.filter((group) => markdown.includes(`<!-- settings:${group} -->`));
}
