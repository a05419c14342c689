/** What the highlights on the page mean, with swatches drawn like the highlights themselves. */
export function HighlightLegend() {
  return (
    <details class="legend" data-testid="legend">
      <summary>What the highlights mean</summary>
      <ul>
        <li>
          <span class="swatch person" aria-hidden="true">
            Name
          </span>{' '}
          Yellow: an official the article names (point at it for their card).
        </li>
        <li>
          <span class="swatch event" aria-hidden="true">
            Event
          </span>{' '}
          Blue: an event in the dataset, such as a summit or talks.
        </li>
        <li>
          <span class="swatch quote-known" aria-hidden="true">
            “Quote”
          </span>{' '}
          Green dotted underline: a quote the dataset holds, from its source.
        </li>
        <li>
          <span class="swatch quote-new" aria-hidden="true">
            “Quote”
          </span>{' '}
          Grey dotted underline: a quote not in the dataset yet; you can flag it.
        </li>
        <li>Alt+Shift+H turns highlights off or on on the page.</li>
      </ul>
    </details>
  );
}
