import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
// Lucide's icons one module each (its `lucide` entry would bring all two thousand into an unbundled page):
// a build keeps only those imported here. Their shape is Lucide's IconNode, declared in lucide-icons.d.ts.
import CalendarIcon from 'lucide/dist/esm/icons/calendar.mjs';
import ChevronLeftIcon from 'lucide/dist/esm/icons/chevron-left.mjs';
import ChevronRightIcon from 'lucide/dist/esm/icons/chevron-right.mjs';
import ChevronsLeftIcon from 'lucide/dist/esm/icons/chevrons-left.mjs';
import ChevronsRightIcon from 'lucide/dist/esm/icons/chevrons-right.mjs';

type Value = string | number | undefined;
/** One of Lucide's icons: the children of a 24 × 24 stroked `<svg>`, each a tag and its attributes. */
export type IconNode = readonly (readonly [tag: string, attrs: Readonly<Record<string, Value>>])[];

/** The icons the elements use, by what they show. */
export const ICONS = {
  calendar: CalendarIcon,
  previous: ChevronLeftIcon,
  next: ChevronRightIcon,
  previousMore: ChevronsLeftIcon,
  nextMore: ChevronsRightIcon,
} satisfies Record<string, IconNode>;

const a = (value: Value) => value ?? nothing;

/** One child of an icon through Lit's `svg` (a template per tag, since Lit binds values, not tag names). */
function shape([tag, at]: IconNode[number]): SVGTemplateResult | typeof nothing {
  switch (tag) {
    case 'path':
      return svg`<path d=${a(at.d)} fill=${a(at.fill)}></path>`;
    case 'circle':
      return svg`<circle cx=${a(at.cx)} cy=${a(at.cy)} r=${a(at.r)} fill=${a(at.fill)}></circle>`;
    case 'ellipse':
      return svg`<ellipse cx=${a(at.cx)} cy=${a(at.cy)} rx=${a(at.rx)} ry=${a(at.ry)}></ellipse>`;
    case 'rect':
      return svg`<rect x=${a(at.x)} y=${a(at.y)} width=${a(at.width)} height=${a(at.height)} rx=${a(at.rx)} ry=${a(at.ry)} fill=${a(at.fill)}></rect>`;
    case 'line':
      return svg`<line x1=${a(at.x1)} y1=${a(at.y1)} x2=${a(at.x2)} y2=${a(at.y2)}></line>`;
    case 'polyline':
      return svg`<polyline points=${a(at.points)}></polyline>`;
    case 'polygon':
      return svg`<polygon points=${a(at.points)}></polygon>`;
    default:
      return nothing;
  }
}

/**
 * An icon beside a word or inside a labelled button: hidden from assistive technology (the label says what
 * it does), drawn in the text's colour, as big as `--preflight-icon-size` (the `lg` step of the type scale).
 */
export function icon(node: IconNode): TemplateResult {
  return html`<svg
    class="icon"
    viewBox="0 0 24 24"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >${node.map(shape)}</svg>`;
}
