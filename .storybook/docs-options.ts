import remarkGfm from 'remark-gfm';

/** The docs addon's options: MDX pages written with GitHub's Markdown, so their tables render as tables. */
export const docsOptions = { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } };
