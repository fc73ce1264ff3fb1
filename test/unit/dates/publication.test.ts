import assert from 'node:assert/strict';
import { findPublicationDate } from '../../../server/src/analysis/dates';

describe('dates: publication date', () => {
  it('prefers the option over front matter and datelines', () => {
    const text = '---\ndate: 2015-11-20\n---\nPublished: Nov. 21, 2015\nBody.';
    assert.deepEqual(findPublicationDate(text, { published: '2015-11-26' }), { date: '2015-11-26', from: 'option' });
    const fm = findPublicationDate(text);
    assert.equal(fm.date, '2015-11-20');
    assert.equal(fm.from, 'front-matter');
    assert.equal(text.slice(fm.span!.start, fm.span!.end), '2015-11-20');
  });
  it('reads published and updated front matter keys, date first', () => {
    assert.equal(findPublicationDate('---\nupdated: 2015-11-28\npublished: 2015-11-27T09:44:00Z\n---\nx').date, '2015-11-27');
    assert.equal(findPublicationDate('---\ntitle: A\ndate: "November 3, 2014"\n---\nx').date, '2014-11-03');
  });
  it('reads a Turkish update line', () => {
    const text = 'The talks ended on Thursday.\n\nGüncelleme Tarihi: 27 Kasım 2015, 09:44';
    const p = findPublicationDate(text);
    assert.equal(p.date, '2015-11-27');
    assert.equal(p.from, 'dateline');
    assert.equal(text.slice(p.span!.start, p.span!.end), '27 Kasım 2015, 09:44');
  });
  it('reads English, French, German and Spanish lines', () => {
    assert.equal(findPublicationDate('Headline\nPublished: Nov. 27, 2015 5:04 p.m. ET\nBody').date, '2015-11-27');
    assert.equal(findPublicationDate('Titre\nPublié le 3 décembre 2015 à 10h05\nCorps').date, '2015-12-03');
    assert.equal(findPublicationDate('Titel\nVeröffentlicht am 27.11.2015\nText').date, '2015-11-27');
    assert.equal(findPublicationDate('Título\nActualizado el 27 de noviembre de 2015\nTexto').date, '2015-11-27');
    assert.equal(findPublicationDate('Title\nUpdated 2015-11-27\nBody').date, '2015-11-27');
  });
  it('reads wire datelines, bylines and ISO stamps', () => {
    assert.equal(findPublicationDate('WASHINGTON, Nov. 26, 2015 (AP) — The talks ended.').date, '2015-11-26');
    assert.equal(findPublicationDate('Title\nBy Jane Doe, Reuters | Nov 26, 2015 10:15am EST\nBody').date, '2015-11-26');
    assert.equal(findPublicationDate('Title\nLast updated on 2015-11-26T10:00:00Z\nBody').date, '2015-11-26');
    assert.equal(findPublicationDate('Başlık\nYayınlanma Tarihi: 26.11.2015 14:00\nMetin').date, '2015-11-26');
  });
  it('prefers a published line over an updated one', () => {
    assert.equal(findPublicationDate('Updated: 28/11/2015\nPublished: 27/11/2015\nText').date, '2015-11-27');
  });
  it('reads a bare date line near the top', () => {
    const p = findPublicationDate('Storm hits coast\nThursday, November 26, 2015\nBy A. Writer\n\nThe storm arrived on Wednesday.');
    assert.equal(p.date, '2015-11-26');
    assert.equal(p.from, 'dateline');
  });
  it('reports a day/month order it cannot tell, without guessing', () => {
    const p = findPublicationDate('Headline\nPublished: 05/11/2015\nBody');
    assert.equal(p.date, null);
    assert.ok(p.ambiguous && /05\/11\/2015/.test(p.ambiguous));
    assert.equal(findPublicationDate('Published: 27/11/2015\nBody').date, '2015-11-27');
    assert.equal(findPublicationDate('Published: 11/27/2015\nBody').date, '2015-11-27');
  });
  it('reads a day-first order under a day-first language label', () => {
    assert.equal(findPublicationDate('Publié le 05/11/2015\nCorps').date, '2015-11-05');
  });
  it('finds nothing in an undated article', () => {
    assert.deepEqual(findPublicationDate('Germany on Wednesday said it would send soldiers.'), { date: null, from: null });
    assert.deepEqual(findPublicationDate(''), { date: null, from: null });
  });
  it('ignores a date inside running text', () => {
    assert.equal(findPublicationDate('Russia has been flying a bombing campaign in Syria since September 30, 2015 at the request of the government, officials in Moscow and Damascus said on several occasions.').date, null);
  });
});
