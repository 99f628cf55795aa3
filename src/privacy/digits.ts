/**
 * Any script's decimal digits as ASCII ("٠٢١" and "۰۲۱" → "021"). Unicode decimal digits come in
 * runs of ten consecutive code points (some runs adjoin, e.g. the mathematical digits), so a
 * digit's value is its offset from the start of its contiguous block, modulo ten.
 */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const cp = digit.codePointAt(0)!;
    let zero = cp;
    while (cp - zero < 50 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    return String((cp - zero) % 10);
  });
}
