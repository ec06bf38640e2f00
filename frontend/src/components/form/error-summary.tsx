/** The messages of a refused form that belong to no one field, announced as one alert. */
export function ErrorSummary({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="error-banner">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
