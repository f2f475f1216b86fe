// The posts as members read them in Teams, in each language's words: the domain builds and escapes
// them (domain/discussion, domain/referat); the tab posts Danish ones (ui/app/featureServices).
import { pointPostFor, pointPostHtml } from '../domain/discussion/PointThreads';
import { announcementHtml } from '../domain/referat/announcement';
import { agendaItem, meetingOf } from '../domain/testing/meetingBuilders';
import { da } from './da';
import { en } from './en';

const LINK = 'https://teams.microsoft.com/l/entity/app/tab?context=x';
const root = { meetingDate: '2020-10-08', number: 4, title: 'Budget 2021', link: LINK };
const meeting = meetingOf('2022-03-10', [
  agendaItem({ number: 1, title: 'Budget 2023' }),
  agendaItem({ number: 2, closed: true, title: 'Personsag' }),
]);
const file = { name: 'Referat Chefforum 10-03-2022.docx', webUrl: 'https://k.sharepoint.com/a/R.docx' };
const pointLink = (number: number) => `https://teams.microsoft.com/l/entity/app/x?context=${number}`;

describe('the Danish posts', () => {
  it('give a point’s root post its number, title, Danish date and link back', () => {
    expect(pointPostHtml(root, da.posts)).toBe(
      '<p><b>Punkt 4: Budget 2021</b></p><p>Chefforum 8. oktober 2020</p>' +
        `<p><a href="${LINK}">Åbn punktet i Chefforum</a></p>`,
    );
    expect(
      pointPostFor('2020-10-08', agendaItem({ number: 4, title: 'Budget 2021' }), LINK, da.posts),
    ).toEqual({
      subject: 'Punkt 4: Budget 2021',
      html: pointPostHtml(root, da.posts),
    });
  });

  it('announce the referat with the meeting’s weekday, each open point linked, a closed one as Lukket', () => {
    const html = announcementHtml(meeting, file, pointLink, da.posts);
    expect(html).toBe(
      `<p>Referatet af Chefforum torsdag den 10. marts 2022 er udgivet: <a href="${file.webUrl}">${file.name}</a></p>` +
        `<ul><li><a href="${pointLink(1)}">Punkt 1: Budget 2023</a></li><li>Punkt 2: Lukket</li></ul>`,
    );
  });

  it('give the announcement the subject it is found again by', () => {
    expect(da.posts.announcementSubject('Referat Chefforum 10-03-2022')).toBe(
      'Referat Chefforum 10-03-2022 er udgivet',
    );
  });

  it('keep a meeting date that is no day as written', () => {
    expect(da.posts.meetingOn('ukendt')).toBe('Chefforum ukendt');
    expect(da.posts.published('Chefforum', 'ukendt')).toBe('Referatet af Chefforum ukendt er udgivet:');
  });
});

describe('the English posts', () => {
  it('say the same in English', () => {
    expect(pointPostHtml(root, en.posts)).toBe(
      '<p><b>Item 4: Budget 2021</b></p><p>Chefforum 8 October 2020</p>' +
        `<p><a href="${LINK}">Open the item in Chefforum</a></p>`,
    );
    const html = announcementHtml(meeting, file, pointLink, en.posts);
    expect(html).toContain('The minutes of Chefforum 10 March 2022 are published: <a href=');
    expect(html).toContain('<li>Item 2: Closed</li>');
    expect(en.posts.announcementSubject('Referat Chefforum 10-03-2022')).toBe(
      'Referat Chefforum 10-03-2022 is published',
    );
    expect(en.posts.meetingOn('2020-13-45')).toBe('Chefforum 2020-13-45');
  });
});
