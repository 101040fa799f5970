import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it.each([
    ['en', true, 'We process your personal data to deliver your order and to answer your questions.'],
    ['nb', true, 'Vi behandler personopplysningene dine for å levere varene du har bestilt, og vi deler dem ikke.'],
    ['nn', false, 'Me handsamar personopplysningane dine for å kunne levere varene du har bestilt, og ikkje noko anna.'],
    ['da', false, 'Vi behandler dine personoplysninger for at kunne levere de varer, du har bestilt af os.'],
    ['sv', false, 'Vi behandlar dina personuppgifter för att kunna leverera varorna du har beställt.'],
    ['de', false, 'Wir verarbeiten Ihre personenbezogenen Daten, um die Bestellung zu liefern.'],
    ['fr', false, 'Nous traitons vos données personnelles pour livrer votre commande.'],
    ['es', false, 'Tratamos sus datos personales para entregar su pedido y responder a sus preguntas.'],
  ])('recognises %s (supported: %s)', (code, supported, text) => {
    const guess = detectLanguage(text);
    expect(guess.code).toBe(code);
    expect(guess.supported).toBe(supported);
  });

  it('says unknown for too little text', () => {
    expect(detectLanguage('Cookies')).toEqual({ code: 'unknown', supported: false, confidence: 0 });
    expect(detectLanguage('')).toMatchObject({ code: 'unknown', supported: false });
  });
});
