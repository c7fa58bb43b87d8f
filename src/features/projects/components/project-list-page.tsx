/** Placeholder until this page is built (issue 5, in progress). */
export function ProjectListPage() {
  return <h1>ProjectListPage</h1>;
}
