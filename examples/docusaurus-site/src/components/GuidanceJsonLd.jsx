import Head from '@docusaurus/Head'
import { useLocation } from '@docusaurus/router'
import useDocusaurusContext from '@docusaurus/useDocusaurusContext'
import { getGuidance } from '@healthmark/cramp-guidance'
import { serializeJsonLd, toJsonLd } from '@healthmark/schema'

/**
 * The dataset as schema.org JSON-LD in the page's `<head>`, with the page's
 * absolute URL. `serializeJsonLd` escapes `<`, so the data cannot end the
 * script element.
 */
export default function GuidanceJsonLd({ locale = 'en' }) {
  const { siteConfig } = useDocusaurusContext()
  const { pathname } = useLocation()
  const url = new URL(pathname, siteConfig.url).href
  return (
    <Head>
      <script type="application/ld+json">
        {serializeJsonLd(toJsonLd(getGuidance(locale), { url }))}
      </script>
    </Head>
  )
}
