/**
 * Digits in any script as ASCII: a code or phone number typed with Arabic-Indic «١٢٣», Persian «۱۲۳», Devanagari
 * «१२३», full-width «１２３» or any other Unicode decimal digit (`\p{Nd}`) is checked and sent as `123`.
 */
const DECIMAL = /^\p{Nd}$/u;
const DECIMALS = /\p{Nd}/gu;

/**
 * The ASCII digit of one decimal digit. Unicode keeps each script's digits as a run of ten, zero first, and runs
 * that touch are whole runs (the mathematical digits), so the distance back to the first digit of the touching runs,
 * modulo ten, is the digit's value.
 */
function asciiDigit(digit: string): string {
  const point = digit.codePointAt(0) ?? 0;
  let zero = point;
  while (zero > 0 && DECIMAL.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return String((point - zero) % 10);
}

/** `text` with every decimal digit, in whatever script, replaced by its ASCII digit. */
export const asciiDigits = (text: string): string => text.replace(DECIMALS, asciiDigit);
