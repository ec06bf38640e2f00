// The support room works by Moscow time, as every time in the desk is shown.
const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Moscow',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `HH:mm:ss` Moscow time of an ISO instant. */
export function timeOfDay(iso: string): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : formatter.format(instant);
}
