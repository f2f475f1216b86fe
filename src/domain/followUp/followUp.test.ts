// Follow-up rules on sentences from the real referater (../shared/corpus) and our own.
import { proposeDeadline } from './proposeDeadline';
import { proposeOutcome, proposeOutcomeFor } from './proposeOutcome';
import { proposeOwners } from './proposeOwners';

describe('the deadline a decision names', () => {
  it.each([
    [
      'Cheferne skal melde tilbage senest den 20. december 2019.',
      '2019-12-05',
      '2019-12-20',
      'senest den 20. december 2019',
    ],
    [
      'Dette fremlægges på Chefforum d. 5. november 2020.',
      '2020-10-08',
      '2020-11-05',
      'fremlægges på Chefforum d. 5. november 2020',
    ],
    ['Prioriteret liste over skolebygninger midt juni 2022.', '2022-03-10', '2022-06-15', 'midt juni 2022'],
    ['Planen drøftes igen midt januar.', '2019-12-05', '2020-01-15', 'midt januar'],
    [
      'HR udsender vejledningen inden udgangen af marts 2021.',
      '2021-02-11',
      '2021-03-31',
      'inden udgangen af marts 2021',
    ],
    [
      'Cheferne skal melde tilbage senest den 1. juni 2015.',
      '2015-04-23',
      '2015-06-01',
      'senest den 1. juni 2015',
    ],
    ['Svar sendes primo februar.', '2021-01-14', '2021-02-05', 'primo februar'],
  ])('%s (meeting %s) → %s', (text, meeting, date, phrase) => {
    expect(proposeDeadline(text, meeting)).toEqual({ date, phrase });
  });

  it.each([
    ['Chefforum godkendte dagsorden, samt referatet fra d. 24. september 2020.', '2020-10-08'],
    ['Chefforum reflekterede sammen på baggrund af oplægget.', '2020-10-08'],
    ['Fristen er 31. februar 2021.', '2021-01-01'],
  ])('finds none in "%s"', (text, meeting) => {
    expect(proposeDeadline(text, meeting)).toBeNull();
  });
});

describe('who must act', () => {
  it.each([
    [
      'Chefen for Skoler & Uddannelse og Chefen for Miljø & Teknik skal i samarbejde med Chefforums sekretær tilrettet spillereglerne.',
      ['Chefen for Skoler & Uddannelse', 'Chefen for Miljø & Teknik'],
    ],
    [
      'Cheferne skal gennemgå budgetaftalen for at give et bud på de punkter, hvor de er ansvarlige.',
      ['Cheferne'],
    ],
    [
      'Tidsplanen blev godkendt. Chefen for Økonomi & Stab udsender en skabelon til beskrivelse af forslagene.',
      ['Chefen for Økonomi & Stab'],
    ],
    [
      'Chefen for Sundhed, Pleje & Omsorg følger op senest den 3. september 2023.',
      ['Chefen for Sundhed, Pleje & Omsorg'],
    ],
    [
      'Chefen for Kultur & Fritid, Chefen for Børn & Familie og Kommunaldirektøren melder tilbage.',
      ['Chefen for Kultur & Fritid', 'Chefen for Børn & Familie', 'Kommunaldirektøren'],
    ],
    ['Chefforum drøftede brugen af mundbind i mødet med borgere.', []],
    ['Forslaget skal sendes til Chefen for Kultur & Fritid.', []],
  ])('%s', (text, owners) => {
    expect(proposeOwners(text)).toEqual(owners);
  });
});

describe('what became of the recommendations', () => {
  it.each([
    ['Chefforum godkendte dagsorden, samt referatet fra d. 24. september 2020.', 'godkendt'],
    ['Chefforum godkendte den ændrede mødestruktur.', 'godkendt'],
    [
      'Chefforum drøftede udviklingen og godkendte handleplanen med følgende tilføjelser:',
      'godkendt med ændringer',
    ],
    [
      'Referatet for mødet den 16. januar 2014 blev godkendt med følgende bemærkning:',
      'godkendt med ændringer',
    ],
    [
      'Chefforum tog orienteringen om gennemførelse af intern revision til efterretning.',
      'taget til efterretning',
    ],
    ['Punktet blev taget af dagsordenen.', 'udsat'],
    ['Sagen blev udsat til næste møde.', 'udsat'],
    ['Chefforum godkendte ikke forslaget.', 'ikke godkendt'],
    ['Chefforum reflekterede sammen på baggrund af oplægget.', null],
    ['Chefforum drøftede udkastet.', 'drøftet'],
    ['Punktet blev drøftet.', 'drøftet'],
  ])('%s → %s', (decision, outcome) => {
    expect(proposeOutcome(decision)).toBe(outcome);
  });
});

describe('what became of each recommendation', () => {
  it.each([
    // A recommendation to discuss was discussed, even where the point as a whole was approved.
    [
      'at Chefforum drøfter forslaget til ny mødestruktur',
      'Chefforum godkendte den nye mødestruktur.',
      'drøftet',
    ],
    [
      'At chefforum drøfter udviklingen i sygefraværet',
      'Chefforum drøftede udviklingen og godkendte handleplanen med følgende tilføjelser:',
      'drøftet',
    ],
    [
      'At chefforum godkender handleplanen',
      'Chefforum drøftede udviklingen og godkendte handleplanen med følgende tilføjelser:',
      'godkendt med ændringer',
    ],
    ['at Chefforum drøfter udkastet til ældreplan', 'Chefforum drøftede udkastet.', 'drøftet'],
    [
      'at Chefforum tager status til efterretning',
      'Chefforum tog status til efterretning.',
      'taget til efterretning',
    ],
    [
      'at Chefforum tager den økonomiske ramme til efterretning',
      'Indstillingen blev godkendt.',
      'taget til efterretning',
    ],
    [
      'at Chefforum godkender dagsordenen for dagens møde',
      'Chefforum godkendte dagsorden og referat.',
      'godkendt',
    ],
    // "drøftede" approves nothing a recommendation asked to be decided.
    [
      'at Chefforum beslutter, hvilke afdelinger der skal have en særlig indsats',
      'Chefforum drøftede udviklingen.',
      null,
    ],
    // A postponement holds for every recommendation.
    ['at Chefforum drøfter forslaget', 'Sagen blev udsat til næste møde.', 'udsat'],
    ['at Chefforum drøfter forslaget', 'Chefforum bakkede op om forslaget.', null],
  ])('"%s" when "%s" → %s', (recommendation, decision, outcome) => {
    expect(proposeOutcomeFor(recommendation, decision)).toBe(outcome);
  });
});

// Point 1 of every meeting (the corpus and tests/fixtures/referater): "1. at Chefforum godkender
// dagsordenen for dagens møde 2. at Chefforum godkender referatet fra mødet den …". A decision that
// speaks of each in a sentence of its own gives each its own outcome.
describe('what became of point 1, the agenda and the last referat', () => {
  const agenda = 'at Chefforum godkender dagsordenen for dagens møde';
  const referat = 'at Chefforum godkender referatet fra mødet den 10. december 2026';
  it.each([
    ['Godkendt.', 'godkendt', 'godkendt'],
    ['Dagsorden og referat godkendt.', 'godkendt', 'godkendt'],
    ['Chefforum godkendte indstillingen.', 'godkendt', 'godkendt'],
    ['Chefforum godkendte dagsorden og referat.', 'godkendt', 'godkendt'],
    ['Chefforum godkendte dagsorden, samt referatet fra d. 24. september 2020.', 'godkendt', 'godkendt'],
    [
      'Dagsordenen blev godkendt. Referatet af mødet den 21. oktober 2014 blev godkendt uden bemærkninger.',
      'godkendt',
      'godkendt',
    ],
    // referat-2014-02-11: the agenda as it was, the referat with a correction.
    [
      'Chefforum godkendte dagsordenen. Referatet for mødet den 16. januar 2014 blev godkendt med følgende bemærkning:\n\n- Punkt 8: "Det psykiske arbejdsmiljø undersøges i den regelmæssige trivselsundersøgelse." Dette vil blive rettet, så det fremgår korrekt.',
      'godkendt',
      'godkendt med ændringer',
    ],
    ['Dagsordenen blev godkendt. Referatet blev udsat til næste møde.', 'godkendt', 'udsat'],
  ])('"%s" → %s, %s', (decision, ofAgenda, ofReferat) => {
    expect([proposeOutcomeFor(agenda, decision), proposeOutcomeFor(referat, decision)]).toEqual([
      ofAgenda,
      ofReferat,
    ]);
  });

  // referat-2026-11-12 point 3: the discussion asked for was held; the proposal was refused.
  it('a refusal of one proposal does not make the discussion asked for a refusal', () => {
    const decision =
      'Chefforum drøftede budgetopfølgningen. Forslaget om at afdelinger med mindreforbrug ikke kan overføre det til 2027 blev ikke godkendt, da det vil give en uhensigtsmæssig adfærd i december.';
    expect([
      proposeOutcomeFor('at Chefforum drøfter budgetopfølgningen', decision),
      proposeOutcomeFor(
        'at Chefforum godkender, at afdelinger med mindreforbrug ikke overfører det til 2027',
        decision,
      ),
    ]).toEqual(['drøftet', 'ikke godkendt']);
  });
});
