/**
 * Files in and out of the page: the file a person chose in a file input, and a text offered as
 * a download. Nothing is sent anywhere.
 *
 * @module
 */

/**
 * The file chosen in the input that sent `event`, read as UTF-8 text; the input is cleared so
 * the same file can be chosen again.
 */
export async function chosenFile(
  event: Event,
): Promise<{ name: string; text: string } | undefined> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  return file ? { name: file.name, text: await file.text() } : undefined;
}

/** Offers `content` (a text, or a file already made) as a download named `name`. */
export function download(name: string, content: string | Blob, type: string): void {
  const url = URL.createObjectURL(
    content instanceof Blob ? content : new Blob([content], { type }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
