/** An absolute `http` or `https` URL: what the contract accepts for a tracker task, and all we render as a link. */
export function isWebUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
