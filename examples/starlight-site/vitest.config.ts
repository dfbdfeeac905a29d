// The shared setup of the examples' browser tests.
export { default } from '@healthmark/browser-kit/vitest-config'
