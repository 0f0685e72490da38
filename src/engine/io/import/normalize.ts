// Names as people type them in sheets: "Chỉ tiêu", "CHI TIEU", "Chỉ  tiêu:" and "chi_tieu" are the
// same header. Matching ignores case, accents (NFD with the marks stripped, đ as d), spaces and
// punctuation; periods and numbers are read from the folded text, which keeps spaces and punctuation.

/** Lower case without accents, đ as d, runs of white space as one space, trimmed: "Quý  III" -> "quy iii". */
export function fold(text: string): string {
  // Plain ASCII (numbers, dates, ids: most cells) has no accents to strip.
  const letters = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');
  return letters
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** The key two names match by: letters and digits only, folded ("Tỷ lệ bao phủ BHYT" -> "tylebaophubhyt"). */
export function nameKey(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '');
}

/** An id's slug from a name: folded words joined by '-' ("Số đơn vị nợ đóng" -> "so-don-vi-no-dong"). */
export function slug(text: string, maxLength = 60): string {
  const words = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, maxLength).replace(/-+$/, '');
}

/** A trailing "(...)" or "[...]" split off: "Tỷ lệ bao phủ BHYT (%)" -> { base: "Tỷ lệ bao phủ BHYT", suffix: "%" }. */
export function bracketSuffix(text: string): { base: string; suffix: string } | null {
  const m = /^(.*\S)\s*[([]\s*([^()[\]]*?)\s*[)\]]$/su.exec(text.trim());
  return m ? { base: m[1]!, suffix: m[2]! } : null;
}
