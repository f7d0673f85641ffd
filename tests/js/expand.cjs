// Expands every VEVENT of an .ics file with Mozilla's ical.js (Thunderbird's parser) and prints
// one line per occurrence: UID, a tab, the start as UTC (date-times) or as a date (all-day).
// Usage: node expand.cjs FILE FIRST_YEAR LAST_YEAR   (occurrences starting in those years)
const fs = require("fs");
const ICAL = require("ical.js");

const [file, firstYear, lastYear] = process.argv.slice(2);
const low = Date.UTC(Number(firstYear), 0, 1);
const high = Date.UTC(Number(lastYear) + 1, 0, 1);
const root = new ICAL.Component(ICAL.parse(fs.readFileSync(file, "utf8")));
for (const tz of root.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(tz);
}
const masters = new Map();
const exceptions = [];
for (const vevent of root.getAllSubcomponents("vevent")) {
  if (vevent.hasProperty("recurrence-id")) exceptions.push(vevent);
  else masters.set(vevent.getFirstPropertyValue("uid"), vevent);
}

function stamp(time) {
  if (time.isDate) return time.toString().slice(0, 10);
  return new Date(time.toUnixTime() * 1000).toISOString().replace(".000", "");
}
function inside(time) {
  const ms = time.isDate ? Date.UTC(time.year, time.month - 1, time.day) : time.toUnixTime() * 1000;
  return ms >= low && ms < high;
}

const out = [];
for (const [uid, vevent] of masters) {
  const event = new ICAL.Event(vevent);
  for (const exc of exceptions) {
    if (exc.getFirstPropertyValue("uid") === uid) event.relateException(exc);
  }
  if (!event.isRecurring()) {
    if (inside(event.startDate)) out.push(`${uid}\t${stamp(event.startDate)}`);
    continue;
  }
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const ms = next.isDate ? Date.UTC(next.year, next.month - 1, next.day) : next.toUnixTime() * 1000;
    if (ms >= high + 366 * 86400000) break;  // a moved occurrence may land a year away
    const details = event.getOccurrenceDetails(next);
    if (inside(details.startDate)) out.push(`${uid}\t${stamp(details.startDate)}`);
  }
}
process.stdout.write(out.join("\n") + (out.length ? "\n" : ""));
