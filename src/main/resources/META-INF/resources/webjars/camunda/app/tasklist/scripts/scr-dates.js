/*
 * Dates in Tasklist's Camunda Forms as people in England write them (issue #26), loaded through customScripts in
 * config.js.
 *
 * form-js (Tasklist's Camunda Forms renderer) builds a date field's placeholder and the format its date picker reads
 * and writes from new Intl.DateTimeFormat('default'): the browser's own language, not the person's preferred one. A
 * browser whose interface is English (United States), as many are installed in England, then shows "mm/dd/yyyy" and
 * reads 04/05/2011 as 5 April, even when the person prefers English (United Kingdom). SCR Workflow serves LSCBs in
 * England, so in Tasklist the browser's default locale for dates is English (United Kingdom): "dd/mm/yyyy", and
 * 04/05/2011 is 4 May. A locale a script names itself is left as it is. What the form submits is unchanged (ISO
 * yyyy-mm-dd, as the engine checks it).
 */

const ENGLAND = 'en-GB';
const NativeDateTimeFormat = Intl.DateTimeFormat;

function inEngland(locales) {
  return locales === undefined || locales === null || locales === 'default' ? ENGLAND : locales;
}

function DateTimeFormat(locales, options) {
  return new NativeDateTimeFormat(inEngland(locales), options);
}

DateTimeFormat.prototype = NativeDateTimeFormat.prototype;
DateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
Intl.DateTimeFormat = DateTimeFormat;

export default [];
