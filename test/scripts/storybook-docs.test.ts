// Storybook's docs pages (MDX) compiled as Storybook compiles them, with the options .storybook/main.ts gives
// its docs addon: a Markdown table must become a table, not a paragraph of `|` text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { docsOptions } from '../../.storybook/docs-options.js';

const DOCS = 'packages/components/docs';

interface LoaderContext {
  resourcePath: string;
  getOptions(): object;
  async(): (error: Error | null, code?: string) => void;
}
// The addon ships its loader without types; it is a webpack-style loader run with a context.
const LOADER: string = '@storybook/addon-docs/mdx-loader';
const { default: loader } = (await import(LOADER)) as { default: (this: LoaderContext, content: string) => unknown };

/** Runs the docs addon's loader on one page and returns the compiled module's code. */
function compile(path: string, options: object): Promise<string> {
  return new Promise((resolve, reject) => {
    const context: LoaderContext = {
      resourcePath: path,
      getOptions: () => options,
      async: () => (error: Error | null, code?: string) => (error ? reject(error) : resolve(code ?? '')),
    };
    void loader.call(context, readFileSync(path, 'utf8'));
  });
}

describe('Storybook docs pages', () => {
  const pages = readdirSync(DOCS).filter((f) => f.endsWith('.mdx'));

  it('has pages with tables to render', () => {
    assert.ok(pages.length >= 2, `docs pages: ${pages.join(', ')}`);
    assert.ok(pages.some((p) => /^\|.*\|$/m.test(readFileSync(`${DOCS}/${p}`, 'utf8'))));
  });

  for (const page of pages) {
    const text = readFileSync(`${DOCS}/${page}`, 'utf8');
    const tables = text.split('\n').filter((line, i, lines) => /^\|[\s:-]+\|/.test(line) && /^\|/.test(lines[i - 1] ?? '')).length;
    it(`${page}: each of its ${tables} Markdown tables compiles to a table`, async () => {
      const code = await compile(`${DOCS}/${page}`, docsOptions.mdxPluginOptions);
      assert.equal((code.match(/_components\.table\b/g) ?? []).length, tables);
      // Without GitHub's Markdown the same page has no table at all: the check can fail.
      if (tables) assert.equal((await compile(`${DOCS}/${page}`, {})).match(/_components\.table\b/g), null);
    });
  }
});
