import { useEffect, useState } from 'react';

/**
 * An object URL for a blob while the component shows it; revoked when the blob changes or the
 * component unmounts, so files and downloaded images do not stay pinned in memory.
 */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) return;
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => {
      URL.revokeObjectURL(created);
      setUrl(undefined);
    };
  }, [blob]);
  return url;
}
