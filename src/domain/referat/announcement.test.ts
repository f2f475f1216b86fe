import { agendaItem, meetingOf } from '../testing/meetingBuilders';
import { testPostWords as words } from '../testing/postWords';
import { announcementHtml } from './announcement';

describe('the announcement of a published referat', () => {
  const file = { name: 'Referat Chefforum 10-03-2022.docx', webUrl: 'https://k.sharepoint.com/a/R.docx' };
  const link = (number: number) => `https://teams.microsoft.com/l/entity/app/x?context=${number}`;
  const meeting = meetingOf('2022-03-10', [
    agendaItem({ number: 1, title: 'Budget <2023> & "plan"' }),
    agendaItem({ number: 2, closed: true, title: 'Hemmelig sag', caseNumber: '00.01.00-A21-9-19' }),
  ]);

  it('links each open point, names a closed point by its number only, and escapes what people wrote', () => {
    const html = announcementHtml(meeting, file, link, words);
    expect(html).toContain('<p>Minutes of Chefforum 2022-03-10 published: <a href=');
    expect(html).toContain(`<a href="${file.webUrl}">Referat Chefforum 10-03-2022.docx</a>`);
    expect(html).toContain(`<a href="${link(1)}">Item 1: Budget &lt;2023&gt; &amp; &quot;plan&quot;</a>`);
    expect(html).toContain('<li>Item 2 (closed)</li>');
    expect(html).not.toContain('Hemmelig');
    expect(html).not.toContain('00.01.00');
  });

  it('escapes the words too', () => {
    const html = announcementHtml(meeting, file, link, {
      ...words,
      published: () => 'Out <now> & here:',
      closedPoint: (number) => `<${number}>`,
    });
    expect(html).toContain('<p>Out &lt;now&gt; &amp; here: <a href=');
    expect(html).toContain('<li>&lt;2&gt;</li>');
  });
});
