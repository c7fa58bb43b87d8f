/** Placeholder until this page is built (issue 5, in progress). */
export function MeasureListPage() {
  return <h1>MeasureListPage</h1>;
}
