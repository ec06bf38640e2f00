/** `H:MM:SS`, or `MM:SS` under an hour, with a minus when overdue: digits to read from afar. */
export function clockFace(seconds: number): string {
  const total = Math.abs(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  const two = (value: number) => String(value).padStart(2, '0');
  const face = hours > 0 ? `${hours}:${two(minutes)}:${two(rest)}` : `${two(minutes)}:${two(rest)}`;
  return seconds < 0 ? `−${face}` : face;
}
