/** Placeholder until this page is built (issue 5, in progress). */
export function ProjectDetailPage() {
  return <h1>ProjectDetailPage</h1>;
}
