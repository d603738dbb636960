// Said once, in the core: the options page's settings form names the platforms too.
export { PLATFORM_TITLES } from '@preflight/core/platform';
