import { describe, expect, it } from 'vitest';
import type { StoredItem } from '../../src/domain/index.ts';
import { phraseHaystack, phraseMatcher } from '../../src/search/phrase.ts';
import { phraseText } from '../../src/search/text.ts';

const item = (title: string, summary?: string): StoredItem =>
  ({
    id: 'x',
    kind: 'bill',
    jurisdiction: 'CT',
    identifier: 'HB 5001',
    title,
    summary,
    match: { topics: [], priority: false },
  }) as unknown as StoredItem;

/** The reference rule: folded, single-spaced text contains the folded phrase. */
const reference = (phrases: string[], it: StoredItem) => phrases.every((p) => phraseText(phraseHaystack(it)).includes(phraseText(p)));

describe('phraseMatcher: quoted phrases checked on the item itself', () => {
  const cases: Array<[string[], StoredItem]> = [
    [['license plate reader'], item('Automated License-Plate Reader data', 'Retention limits.')],
    [['license plate reader'], item('License plate readers', 'Retention limits.')],
    [['reader plate'], item('License plate reader')],
    [['plate reader data'], item('Plate reader', 'data sharing with ICE')],
    [['the 287(g) program'], item('Ending the 287(g) Program')],
    [['287 g'], item('Ending the 287(g) Program')],
    [['ice'], item('Police records', 'No notices.')],
    [['ice'], item('Sharing with ICE.', '')],
    [['hb 5001'], item('Anything')],
    [['données biométriques'], item('Accès aux Données Biométriques', 'résumé')],
    [['donnees biometriques'], item('Accès aux Données Biométriques')],
    [['snow', 'ice'], item('Snow and ice removal')],
    [['snow', 'rain'], item('Snow and ice removal')],
    [['!!'], item('Title')],
  ];
  it.each(cases)('%j agrees with the folded-text rule', (phrases, it) => {
    expect(phraseMatcher(phrases)!(it)).toBe(reference(phrases, it));
  });
  it('finds what it should', () => {
    expect(phraseMatcher(['license plate reader'])!(item('Automated License-Plate Reader data'))).toBe(true);
    expect(phraseMatcher(['donnees biometriques'])!(item('Accès aux Données Biométriques'))).toBe(true);
    expect(phraseMatcher(['reader plate'])!(item('License plate reader'))).toBe(false);
    expect(phraseMatcher(['ice'])!(item('Police records'))).toBe(false);
  });
  it('is undefined without phrases', () => {
    expect(phraseMatcher([])).toBeUndefined();
  });
});
