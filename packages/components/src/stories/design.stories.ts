import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { Theme } from '../shared/preflight-element.js';
import './design-sheet.js';
import type { DesignSection } from './design-sheet.js';
import { DARK_GLOBALS } from './story-kit.js';

/** The arguments of a design sheet story. */
interface DesignArgs {
  section: DesignSection;
  theme: Theme;
}

const template = (args: DesignArgs): TemplateResult => html`<preflight-design-sheet section=${args.section} theme=${args.theme}></preflight-design-sheet>`;

/** The design language drawn with its own tokens: shown on Docs/Design, each story checked with axe in both themes. */
const meta: Meta<DesignArgs> = {
  title: 'Design/Tokens',
  render: template,
  args: { section: 'colours', theme: 'light' },
  argTypes: {
    section: { control: 'inline-radio', options: ['type', 'space', 'colours', 'states', 'shapes', 'controls'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  // A story helper's own page would list its class; the Design page is the docs.
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj<DesignArgs>;

export const TypeScale: Story = { args: { section: 'type' } };
export const SpacingScale: Story = { args: { section: 'space' } };
export const Colours: Story = { args: { section: 'colours' } };
export const ColoursDark: Story = { args: { section: 'colours', theme: 'dark' }, globals: DARK_GLOBALS };
export const States: Story = { args: { section: 'states' } };
export const StatesDark: Story = { args: { section: 'states', theme: 'dark' }, globals: DARK_GLOBALS };
export const RadiiAndElevation: Story = { args: { section: 'shapes' } };
export const Controls: Story = { args: { section: 'controls' } };
export const ControlsDark: Story = { args: { section: 'controls', theme: 'dark' }, globals: DARK_GLOBALS };

/**
 * A host page's own brand on a container: the sheet inside takes its colours, radius, font and spacing. A colour
 * is set per theme (one value cannot read on both a white and a #191919 page), as a page does in its own dark mode.
 */
export const HostOverrides: Story = {
  args: { section: 'controls' },
  render: (args) =>
    html`<div
      style=${`--preflight-color-primary: ${args.theme === 'dark' ? '#c4b5fd' : '#6d28d9'}; --preflight-color-on-primary: ${args.theme === 'dark' ? '#191919' : '#ffffff'}; --preflight-color-focus: ${args.theme === 'dark' ? '#c4b5fd' : '#6d28d9'}; --preflight-radius: 2px; --preflight-font-family: Georgia, serif; --preflight-space: 0.625rem;`}
    >
      ${template(args)}
    </div>`,
};
