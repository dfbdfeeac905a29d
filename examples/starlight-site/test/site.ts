import { defineExample } from '@healthmark/browser-kit'

export const site = defineExample({
  root: new URL('..', import.meta.url),
  output: 'dist',
  inputs: ['src', 'astro.config.mjs'],
})
