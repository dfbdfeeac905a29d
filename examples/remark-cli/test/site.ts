import { defineExample } from '@healthmark/browser-kit'

export const site = defineExample({
  root: new URL('..', import.meta.url),
  output: 'dist',
  entry: 'night-leg-cramps/index.html',
  inputs: ['content', 'build.mjs', '.remarkrc.mjs'],
})
