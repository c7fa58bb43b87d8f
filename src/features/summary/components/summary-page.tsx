/** Placeholder until this page is built (issue 4, in progress). */
export function SummaryPage() {
  return <h1>SummaryPage</h1>;
}
