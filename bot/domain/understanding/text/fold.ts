/**
 * Folds text to the form every comparison in this module works on: lower case, no accents, ligatures spelled
 * out. Jobseekers often type without accents ("diplome", "espanol", "mochte"), so accents can never matter.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
