// Required by @next/mdx in the App Router; the site keeps MDX's own elements.
export function useMDXComponents(components) {
  return components
}
