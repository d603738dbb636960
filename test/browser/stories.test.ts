/**
 * Every story, rendered the way Storybook would (meta and story args merged, the story's or the
 * meta's render called, the result rendered with lit), checked with axe and for console errors.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import * as actions from '../../packages/components/src/actions/actions.stories.js';
import * as approvals from '../../packages/components/src/approvals/approvals.stories.js';
import * as badge from '../../packages/components/src/badge/badge.stories.js';
import * as blockerLog from '../../packages/components/src/blocker-log/blocker-log.stories.js';
import * as brief from '../../packages/components/src/brief/brief.stories.js';
import * as checklist from '../../packages/components/src/checklist/checklist.stories.js';
import * as raci from '../../packages/components/src/raci/raci.stories.js';
import * as timeline from '../../packages/components/src/timeline/timeline.stories.js';
import * as teamSettings from '../../packages/components/src/team-settings/team-settings.stories.js';
import * as metrics from '../../packages/components/src/metrics/metrics.stories.js';
import * as agenda from '../../packages/components/src/agenda/agenda.stories.js';
import * as design from '../../packages/components/src/stories/design.stories.js';
import { BACKDROPS } from '../../packages/components/src/stories/story-kit.js';

type Args = Record<string, unknown>;
interface StoryLike {
  args?: Args;
  render?: (args: Args) => TemplateResult;
  globals?: { backgrounds?: { value?: string } };
}
interface StoriesModule {
  default: StoryLike & { title?: string };
  [name: string]: unknown;
}

const MODULES: StoriesModule[] = [raci, blockerLog, checklist, badge, brief, timeline, approvals, actions, teamSettings, metrics, agenda, design] as unknown as StoriesModule[];

/** The states every widget must have a story for. */
const STATES = ['Empty', 'Healthy', 'AtRisk', 'Blocked', 'Overdue', 'Large', 'Dark', 'ReadOnly', 'InvalidInput', 'Narrow'];
/** The states every form (no plan: a config) must have a story for. */
const FORM_STATES = ['Defaults', 'ErrorsShown', 'Dark', 'ReadOnly', 'Narrow'];
/** The states every report (across plans: `.plans`) must have a story for. */
const REPORT_STATES = ['Empty', 'OnePlan', 'ManyPlans', 'Large', 'Dark', 'InvalidInput', 'Narrow'];
/** The Design page's sheets: the scales, the colours and the controls, each one at least in dark too. */
const DESIGN_STATES = ['TypeScale', 'SpacingScale', 'Colours', 'ColoursDark', 'States', 'Controls', 'HostOverrides'];

let errors: string[] = [];
const originalError = console.error;
beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    originalError(...args);
  };
});
afterEach(() => {
  console.error = originalError;
});

async function settle(container: HTMLElement): Promise<void> {
  const elements = [...container.querySelectorAll('*')].filter((el) => el.localName.startsWith('preflight-')) as (HTMLElement & { updateComplete?: Promise<unknown> })[];
  for (let round = 0; round < 3; round++) await Promise.all(elements.map((el) => el.updateComplete));
  await new Promise((r) => requestAnimationFrame(r));
}

for (const module of MODULES) {
  const meta = module.default;
  const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, StoryLike][];

  describe(`stories: ${meta.title}`, () => {
    it('has a story for every state', () => {
      expect(stories.map(([name]) => name)).to.include.members(meta.title?.startsWith('Design/') ? DESIGN_STATES : meta.title?.startsWith('Forms/') ? FORM_STATES : meta.title?.startsWith('Reports/') ? REPORT_STATES : STATES);
    });

    for (const [name, story] of stories) {
      const args: Args = { ...meta.args, ...story.args };
      const ownDark = story.globals?.backgrounds?.value === 'dark' || args.theme === 'dark';
      // Every story in both themes: as written, then with the other theme on the other Notion page colour.
      for (const dark of [ownDark, !ownDark]) {
        const theme = dark ? 'dark' : 'light';
        it(`${name}, ${theme}${dark === ownDark ? '' : ' (its other theme)'}, renders with no axe violation and no console error`, async () => {
          await renderStory(meta, name, story, { ...args, ...('theme' in args ? { theme } : {}) }, dark);
        });
      }
    }
  });
}

/** Renders one story as Storybook would, checks it, and saves its screenshot to screenshots/stories/. */
async function renderStory(meta: StoryLike & { title?: string }, name: string, story: StoryLike, args: Args, dark: boolean): Promise<void> {
  const draw = story.render ?? meta.render;
  expect(draw, 'a render function').to.be.a('function');
  const container = document.createElement('div');
  container.id = 'story';
  container.style.background = dark ? BACKDROPS.dark : BACKDROPS.light;
  container.style.padding = '8px';
  // Storybook's backgrounds paint the whole canvas, not only the story's box: a list whose rows off screen
  // skip layout (content-visibility) may reach past the box until they are drawn, and stays on the backdrop.
  document.body.style.background = container.style.background;
  document.body.append(container);
  try {
    render(draw!(args), container);
    await settle(container);
    const shown = container.textContent?.trim() || [...container.querySelectorAll('*')].some((el) => el.shadowRoot?.textContent?.trim());
    expect(Boolean(shown), 'something is shown').to.equal(true);
    await expect(container).to.be.accessible();
    expect(errors, 'console errors').to.deep.equal([]);
    const folder = (meta.title ?? 'untitled').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    await executeServerCommand('screenshot', { selector: '#story', name: `stories/${folder}/${name}--${dark ? 'dark' : 'light'}` });
  } finally {
    render(null, container);
    container.remove();
    document.body.style.background = '';
  }
}
