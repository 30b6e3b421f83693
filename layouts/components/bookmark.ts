/**
 * Props that add a PDF bookmark (outline entry) to a react-pdf node. The `bookmark`
 * prop works on View and Text at run time but is missing from react-pdf's View types.
 */
export function bookmark(title: string): Record<string, unknown> {
  return { bookmark: { title, fit: true } };
}
