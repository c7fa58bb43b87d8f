/** A text whose paragraphs are separated by a blank line, as separate <p> elements. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim() !== '')
        .map((paragraph, index) => (
          <p key={index} className="prewrap">
            {paragraph}
          </p>
        ))}
    </>
  );
}
