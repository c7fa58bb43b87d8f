/** Placeholder until this page is built (issue 5, in progress). */
export function MeasureDetailPage() {
  return <h1>MeasureDetailPage</h1>;
}
