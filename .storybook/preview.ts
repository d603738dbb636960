import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/components/custom-elements.json';
import { BACKDROPS } from '../packages/components/src/stories/story-kit.js';

// Attribute, property, event, part and CSS-property tables come from the elements' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
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
