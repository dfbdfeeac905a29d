import { getGuidance } from '@healthmark/cramp-guidance'

export default function Home() {
  const set = getGuidance('en')
  return (
    <>
      <h1>Calm Calves</h1>
      <p>
        Two articles on {set.condition.name.toLowerCase()}, built with Next.js from MDX. Their tips
        come from <code>@healthmark/cramp-guidance</code>, each with its evidence and sources.
      </p>
      <ul>
        <li>
          <a href="/articles/night-leg-cramps/">Cramps that wake you at night</a>
        </li>
        <li>
          <a href="/articles/cramps-and-exercise/">Cramps during and after exercise</a>
        </li>
      </ul>
    </>
  )
}
