import type { StorybookConfig } from '@storybook/web-components-vite';
import { docsOptions } from './docs-options.js';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../packages/components/docs/*.mdx', '../packages/components/src/**/*.stories.ts'],
  addons: [{ name: '@storybook/addon-docs', options: docsOptions }],
  core: { disableTelemetry: true },
};

export default config;
