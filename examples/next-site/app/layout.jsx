// The shell of every page: language, the plugin's stylesheet, and JSON-LD
// about the condition in the head (`serializeJsonLd` keeps it from closing
// the script element).
import '@healthmark/remark-notices/styles.css'
import './site.css'
import { getGuidance } from '@healthmark/cramp-guidance'
import { serializeJsonLd, toJsonLd } from '@healthmark/schema'

const SITE = 'https://www.example.com'

export const metadata = {
  title: { default: 'Calm Calves: leg cramps explained', template: '%s · Calm Calves' },
  description: 'Short, sourced articles about muscle cramps.',
}

export default function RootLayout({ children }) {
  const jsonLd = toJsonLd(getGuidance('en'), { url: SITE })
  return (
    <html lang="en">
      <head>
        <script
          type="application/ld+json"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD is data, not HTML; serializeJsonLd escapes `<`, so it cannot close the element.
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }}
        />
      </head>
      <body>
        <header>
          <nav aria-label="Pages">
            <a href="/">Home</a>
            <a href="/articles/night-leg-cramps/">Night cramps</a>
            <a href="/articles/cramps-and-exercise/">Cramps and exercise</a>
          </nav>
        </header>
        <main>{children}</main>
        <footer>
          <p>
            An example site for Healthmark. The health content follows the cited dataset in
            @healthmark/cramp-guidance.
          </p>
        </footer>
      </body>
    </html>
  )
}
