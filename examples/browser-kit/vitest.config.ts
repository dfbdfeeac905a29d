// The shared setup of the examples' browser tests (this kit's own tests too).
export { default } from './vitest-config.mjs'
