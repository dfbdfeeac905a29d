/** Today's date, `YYYY-MM-DD` in UTC: the "build time" review dates are measured against. */
export function today(): string {
  return new Date().toISOString().slice(0, 10)
}

/**
 * The last day a review of `lastReviewed` is current: `maxAgeMonths` later,
 * on the same day of the month or the month's last day (31 January + 1 month
 * is 28 or 29 February).
 */
export function reviewDueDate(lastReviewed: string, maxAgeMonths: number): string {
  const [year = 0, month = 1, day = 1] = lastReviewed.split('-').map(Number)
  const months = month - 1 + maxAgeMonths
  const dueYear = year + Math.floor(months / 12)
  const dueMonth = (months % 12) + 1
  const lastDay = new Date(Date.UTC(dueYear, dueMonth, 0)).getUTCDate()
  const pad = (value: number, width: number) => String(value).padStart(width, '0')
  return `${pad(dueYear, 4)}-${pad(dueMonth, 2)}-${pad(Math.min(day, lastDay), 2)}`
}

/** Whether a review of `lastReviewed` is older than `maxAgeMonths` on `on`. */
export function isStale(lastReviewed: string, maxAgeMonths: number, on: string): boolean {
  return on > reviewDueDate(lastReviewed, maxAgeMonths)
}
