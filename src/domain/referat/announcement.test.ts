import { agendaItem, meetingOf } from '../testing/meetingBuilders';
import { announcementHtml, announcementSubject } from './announcement';

describe('the announcement of a published referat', () => {
  const file = { name: 'Referat Chefforum 10-03-2022.docx', webUrl: 'https://k.sharepoint.com/a/R.docx' };
  const link = (number: number) => `https://teams.microsoft.com/l/entity/app/x?context=${number}`;

  it('links each open point, names a closed point by its number only, and escapes what people wrote', () => {
    const html = announcementHtml(
      meetingOf('2022-03-10', [
        agendaItem({ number: 1, title: 'Budget <2023> & "plan"' }),
        agendaItem({ number: 2, closed: true, title: 'Hemmelig sag', caseNumber: '00.01.00-A21-9-19' }),
      ]),
      file,
      link,
    );
    expect(html).toContain('Referatet af Chefforum torsdag den 10. marts 2022 er udgivet:');
    expect(html).toContain(`<a href="${file.webUrl}">Referat Chefforum 10-03-2022.docx</a>`);
    expect(html).toContain(`<a href="${link(1)}">Punkt 1: Budget &lt;2023&gt; &amp; &quot;plan&quot;</a>`);
    expect(html).toContain('<li>Punkt 2: Lukket</li>');
    expect(html).not.toContain('Hemmelig');
    expect(html).not.toContain('00.01.00');
  });

  it('is found again by its subject', () => {
    expect(announcementSubject('Referat Chefforum 10-03-2022')).toBe(
      'Referat Chefforum 10-03-2022 er udgivet',
    );
  });
});
