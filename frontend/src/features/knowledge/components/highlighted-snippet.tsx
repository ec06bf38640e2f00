import { Fragment } from 'react';
import { snippetSegments } from './snippet-segments';

/** A search snippet with the query's words in `<mark>`; the text is rendered as text. */
export function HighlightedSnippet({ snippet }: { snippet: string }) {
  return (
    <p className="knowledge-snippet" data-testid="knowledge-snippet">
      {snippetSegments(snippet).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
      )}
    </p>
  );
}
