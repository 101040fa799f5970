import { describe, expect, it } from 'vitest';
import { labelledSentence } from '@/test/unit/labelled-sentence';
import type { Label } from '../types';
import { complaintAuthority, siteContacts } from './contacts';
import { extractFacts } from './extract-facts';

const unit = (text: string, labels: Label[] = ['rights']) => labelledSentence(text, labels);
const authority = (text: string) => complaintAuthority([unit(text)])?.name ?? null;
const contacts = (...texts: string[]) => siteContacts(texts.map((t) => unit(t, []))).map((c) => c.value);

describe('complaint authority', () => {
  it.each([
    ['You can complain to the ICO if you are unhappy with how we handled your data.', 'ICO'],
    ['You may lodge a complaint with the Information Commissioner’s Office.', 'ICO'],
    ['Vous pouvez saisir la CNIL, or write to the French authority.', 'CNIL'],
    ['Complaints can go to the Autoriteit Persoonsgegevens in the Netherlands.', 'Autoriteit Persoonsgegevens'],
    ['Irish residents may contact the Irish Data Protection Commission.', 'Ireland'],
    ['Du kan klage til Integritetsskyddsmyndigheten (IMY) i Sverige.', 'IMY'],
    ['Danish customers can complain to Datatilsynet in Copenhagen.', 'Datatilsynet'],
    ['Du kan klage til Datatilsynet dersom du mener vi bryter regelverket.', 'Datatilsynet'],
    ['Spanish users may contact the AEPD.', 'AEPD'],
    ['You can reach the Garante per la protezione dei dati personali.', 'Garante'],
    ['Beschwerden richten Sie an den Landesbeauftragten für Datenschutz or the BfDI.', 'BfDI'],
    ['Belgian customers may complain to the APD/GBA.', 'APD'],
    ['Luxembourg residents may contact the CNPD.', 'CNPD'],
    ['Polish customers can complain to the UODO.', 'UODO'],
  ])('"%s" names an authority', (text, name) => {
    expect(authority(text)).toContain(name);
  });

  it('recognises the generic wording and names nothing when there is none', () => {
    expect(authority('You have the right to complain to your local supervisory authority.')).toBe('data protection authority');
    expect(authority('Du kan klage til tilsynsmyndigheten.')).toBe('data protection authority');
    expect(authority('We answer every complaint within a week.')).toBeNull();
  });

  it('counts a rights sentence that names an authority as the right to complain', () => {
    const facts = extractFacts([unit('You can also contact the CNIL about our processing.')]);
    expect(facts.rights.map((r) => r.key)).toContain('complaint');
    expect(facts.authority?.name).toBe('CNIL');
  });
});

describe('site contacts', () => {
  it('takes the site e-mail but never the authority’s e-mail or address', () => {
    expect(contacts('Write to privacy@fjellbua.no to use your rights.', 'You can also write to Datatilsynet, postkasse@datatilsynet.no, Postboks 458 Sentrum, 0105 Oslo.')).toEqual(['privacy@fjellbua.no']);
    expect(contacts('The ICO can be reached at casework@ico.org.uk.', 'Questions? Email hello@smallshop.co.uk.')).toEqual(['hello@smallshop.co.uk']);
  });

  it('takes a postal address as a contact, in both languages', () => {
    expect(contacts('You can write to us at Fjellbua AS, Storgata 12, 0155 Oslo.')).toEqual(['0155 Oslo']);
    expect(contacts('Postadresse: Postboks 33, 5804 Bergen')).toEqual(['Postboks 33']);
    expect(contacts('Myrhaugen 17c, 0752 Oslo, Norway')).toEqual(['0752 Oslo']);
    expect(contacts('Oslo, 0159')).toEqual(['Oslo, 0159']);
    expect(contacts('Our office: 14 Harbour Street, Leith, Edinburgh EH6 6QN')).toEqual(['EH6 6QN']);
  });

  it('does not take years or numbers for addresses', () => {
    expect(contacts('Since 2018 General Data Protection rules apply in the EEA, and we follow them in everything we do here.')).toEqual([]);
    expect(contacts('This policy was updated on 1 March 2024 and replaces earlier versions of the text.')).toEqual([]);
  });
});
