import { describe, expect, it } from 'vitest';
import { nodeRenderer } from '../text/catalogue-node';
import { periodText } from './period-text';
import { retentionPeriods } from './retention-periods';

describe('retentionPeriods', () => {
  it('normalises concrete periods and says what they apply to', () => {
    expect(retentionPeriods('We keep invoices for 5 years because the Bookkeeping Act requires it.')).toEqual([
      expect.objectContaining({ text: '5 years', days: 1825, vague: false, appliesTo: 'accounting' }),
    ]);
    expect(retentionPeriods('Kundekontoen slettes etter tre år uten aktivitet.')[0]).toMatchObject({ days: 1095, appliesTo: 'account' });
    expect(retentionPeriods('Data is retained for twenty-four (24) months.')[0]).toMatchObject({ days: 731, appliesTo: 'general' });
    expect(retentionPeriods('The _ga cookie expires after 2 years.')[0]).toMatchObject({ days: 730, appliesTo: 'cookies' });
  });

  it('finds several periods in one sentence', () => {
    const periods = retentionPeriods('Logs are kept for 30 days and backups for 6 months.');
    expect(periods.map((p) => p.days)).toEqual([30, 183]);
  });

  it('flags vague retention as vague, in both languages', () => {
    expect(retentionPeriods('We retain your data for as long as necessary.')[0]).toMatchObject({ vague: true, days: null });
    expect(retentionPeriods('Vi lagrer opplysningene så lenge det er nødvendig.')[0]).toMatchObject({ vague: true, text: 'så lenge det er nødvendig' });
  });

  it('ignores response times that are not retention', () => {
    expect(retentionPeriods('We will respond to your request within 30 days.')).toEqual([]);
  });

  it('formats days for the UI', () => {
    const [en, nb] = [nodeRenderer('en'), nodeRenderer('nb')];
    expect(en(periodText(1095))).toBe('3 years');
    expect(en(periodText(365))).toBe('1 year');
    expect(nb(periodText(30))).toBe('1 måned');
    expect(nb(periodText(180))).toBe('6 måneder');
    expect(en(periodText(14))).toBe('14 days');
  });
});

describe('what is not a retention period', () => {
  it('skips how often something may happen', () => {
    expect(retentionPeriods('You have the right to receive this information at most once per 12 months.')).toEqual([]);
    expect(retentionPeriods('We review the list every 6 months.')).toEqual([]);
  });

  it('files cookie lifetimes under cookies, not under your data in general', () => {
    const [period] = retentionPeriods('wixLanguage Used on multilingual websites to store the language preference 12 months Functional.');
    expect(period).toMatchObject({ appliesTo: 'cookies', days: 365 });
  });

  it('counts twelve months as a year', () => {
    expect(retentionPeriods('We keep support tickets for 12 months.')[0]?.days).toBe(365);
  });
});

describe('vague retention, in any wording', () => {
  it.each([
    'We keep your data until the purpose no longer applies.',
    'Personal data is stored for as long as it is reasonably necessary for the purposes above.',
    'Your details are deleted once they are no longer needed for your order.',
    'Records are kept only as long as we need them, or as required by law.',
    'Data is retained in accordance with applicable legislation.',
    'We keep it until the purpose for which it was collected has been fulfilled.',
    'Opplysningene slettes når vi ikke lenger har behov for dem.',
    'Vi lagrer opplysningene så lenge det er nødvendig for å levere varen.',
    'Lagringstiden følger rettslig frist.',
    'Vi oppbevarer regnskapsbilag i henhold til bokføringsloven.',
    'Medlemsopplysninger slettes når formålet er oppfylt.',
    'Data lagres ikke lenger enn det som er nødvendig.',
  ])('"%s" is vague retention', (text) => {
    expect(retentionPeriods(text)).toEqual([expect.objectContaining({ vague: true, days: null })]);
  });

  it('keeps concrete periods apart from vague ones', () => {
    expect(retentionPeriods('Invoices are kept for 5 years as required by law.')).toEqual([expect.objectContaining({ vague: false, days: 1825 })]);
    expect(retentionPeriods('Bokføringsloven krever at fakturaer lagres i fem år.')).toEqual([expect.objectContaining({ vague: false, days: 1825 })]);
    expect(retentionPeriods('CVs are deleted six months after the position is filled.')).toEqual([expect.objectContaining({ vague: false, days: 183 })]);
  });

  it.each([
    'You can keep your account as long as you like.',
    'We use your address to deliver the order.',
    'Du kan når som helst be oss slette opplysningene.',
  ])('"%s" states no retention period', (text) => {
    expect(retentionPeriods(text)).toEqual([]);
  });
});
