// Text made safe inside HTML, attribute values included: & < > " ' escaped. Everything we post to a
// chat or channel that a person or a document wrote goes through it.
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}
