import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Lists files under `dirs` whose names match `test`, skipping build output and dependencies. */
export function findFiles(dirs, test) {
  const out = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath ?? entry.path, entry.name);
      if (/(^|\/)(node_modules|dist|\.output|\.wxt)\//.test(path)) continue;
      if (entry.isFile() && test(path)) out.push(path);
    }
  }
  return out.sort();
}
