/** Placeholder until this page is built (issue 4, in progress). */
export function TransferPage() {
  return <h1>TransferPage</h1>;
}
