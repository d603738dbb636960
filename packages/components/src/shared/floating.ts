/**
 * The part of Floating UI the popover uses, as its own module so that the chunk loaded on the
 * first open carries only these (a dynamic import of the package would keep every middleware).
 */
export { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
