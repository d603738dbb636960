import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/components/custom-elements.json';
import { BACKDROPS } from '../packages/components/src/stories/story-kit.js';

interface Member {
  privacy?: string;
}
interface Module {
  declarations?: { members?: Member[] }[];
}

/** The manifest with private and protected members left out: the tables and controls show the public API only. */
const publicApi = {
  ...manifest,
  modules: (manifest.modules as Module[]).map((module) => ({
    ...module,
    declarations: module.declarations?.map((d) => ({ ...d, members: d.members?.filter((m) => !m.privacy || m.privacy === 'public') })),
  })),
};

// Attribute, property, event, part and CSS-property tables (and their controls) come from the elements' JSDoc.
setCustomElementsManifest(publicApi);

const preview: Preview = {
  // A docs page per widget: its description, stories and the manifest's tables with live controls.
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    backgrounds: {
      options: {
        light: { name: 'Light (Notion #ffffff)', value: BACKDROPS.light },
        dark: { name: 'Dark (Notion #191919)', value: BACKDROPS.dark },
      },
    },
  },
  initialGlobals: { backgrounds: { value: 'light' } },
};

export default preview;
