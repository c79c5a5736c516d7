/** Offers text to the browser as a file to save (a CSV export: its text starts with a byte-order mark). */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // After the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A chosen file's bytes (FileReader: every browser SharePoint supports has it, and so does jsdom). */
export function bytesOfFile(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(file);
  });
}

/** A chosen file's text, as UTF-8 (ModernGov's saved answers are XML). */
export function textOfFile(file: Blob): Promise<string> {
  return bytesOfFile(file).then((b) => new TextDecoder('utf-8').decode(b));
}
