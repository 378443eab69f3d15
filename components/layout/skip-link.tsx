/** First focusable element on every page: jumps past the header to the content. */
export function SkipLink({ target = "inhoud" }: { target?: string }) {
  return (
    <a
      href={`#${target}`}
      className="sr-only bg-focus px-4 py-3 font-semibold text-ink focus:not-sr-only focus:absolute focus:px-4 focus:py-3 focus:top-2 focus:left-2 focus:z-50"
    >
      Naar de inhoud
    </a>
  );
}
