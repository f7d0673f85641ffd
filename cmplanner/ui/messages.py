"""Messages of the domain and of the importer, shown in the interface's language.

The domain and the importer build ``Message`` objects (an English template and its parameters, see
``cmplanner.domain.errors``); ``describe`` translates the template in the "messages" context and
shows each parameter the interface's way: enum values by their label, dates by ``QLocale``, nested
messages translated in turn. lupdate cannot read the domain, so every template is listed below
(``tests/test_message_templates.py`` fails when one is missing or stale).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from cmplanner.domain.errors import Message

from .labels import label


def describe(item: object) -> str:
    """``item`` (a DomainError, an import error, a Message, or any text) for the user."""
    message = getattr(item, "message", item)
    if not isinstance(message, Message):
        return str(item)
    text = QCoreApplication.translate("messages", message.template)
    if not message.params:
        return text
    values = {name: _shown(value) for name, value in message.params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return message.template.format(**values)


def _shown(value: object) -> object:
    if isinstance(value, Message):
        return describe(value)
    if isinstance(value, Enum):
        try:
            return label(value)
        except KeyError:  # a vocabulary without labels (decisions...)
            return value.value
    if isinstance(value, datetime):
        moment = QDateTime(QDate(value.year, value.month, value.day),
                           QTime(value.hour, value.minute, value.second))
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
    if isinstance(value, date):
        return QLocale().toString(QDate(value.year, value.month, value.day),
                                  QLocale.FormatType.ShortFormat)
    if isinstance(value, float):
        return QLocale().toString(value, "f", 1)
    return value


TEMPLATES = (
    # Domain rules (cmplanner/domain)
    QT_TRANSLATE_NOOP("messages", "A cadence target must be above zero."),
    QT_TRANSLATE_NOOP("messages", "A content request needs a topic."),
    QT_TRANSLATE_NOOP("messages", "A day of the month is between 1 and 31."),
    QT_TRANSLATE_NOOP("messages", "A moved occurrence needs its new date."),
    QT_TRANSLATE_NOOP("messages", "A part of the recurrence rule is given twice."),
    QT_TRANSLATE_NOOP("messages", "A person is named twice in the exceptional circuit."),
    QT_TRANSLATE_NOOP("messages", "A person needs a name."),
    QT_TRANSLATE_NOOP("messages", "A pillar needs a name."),
    QT_TRANSLATE_NOOP("messages", "A pillar's target share is a percentage between 0 and 100."),
    QT_TRANSLATE_NOOP("messages", "A post cannot go from “{source}” to “{target}”."),
    QT_TRANSLATE_NOOP("messages", "A post needs a publication date before it can be scheduled or "
                                  "published."),
    QT_TRANSLATE_NOOP("messages", "A post needs a title."),
    QT_TRANSLATE_NOOP("messages", "A post's duration in calendars must be between 1 minute and 1 "
                                  "day."),
    QT_TRANSLATE_NOOP("messages", "A recurrence rule cannot end both by COUNT and by UNTIL."),
    QT_TRANSLATE_NOOP("messages", "A recurrence rule is a single line (several RRULEs are not "
                                  "supported)."),
    QT_TRANSLATE_NOOP("messages", "A series needs a name."),
    QT_TRANSLATE_NOOP("messages", "A site needs a name."),
    QT_TRANSLATE_NOOP("messages", "An audience needs a name."),
    QT_TRANSLATE_NOOP("messages", "An event needs a title."),
    QT_TRANSLATE_NOOP("messages", "Cadence “{text}” not understood: write it like “1 per day” or "
                                  "“3 par semaine”."),
    QT_TRANSLATE_NOOP("messages", "Choose the date the series ends."),
    QT_TRANSLATE_NOOP("messages", "Choose the first, second, third, fourth or last weekday."),
    QT_TRANSLATE_NOOP("messages", "Colour “{colour}” is not of the form #RRGGBB."),
    QT_TRANSLATE_NOOP("messages", "Frequency {freq} is not supported: use DAILY, WEEKLY, MONTHLY "
                                  "or YEARLY."),
    QT_TRANSLATE_NOOP("messages", "Invalid UNTIL date “{raw}” in the recurrence rule."),
    QT_TRANSLATE_NOOP("messages", "Invalid part “{part}” in the recurrence rule."),
    QT_TRANSLATE_NOOP("messages", "Invalid recurrence rule “{rule}”: {problem}."),
    QT_TRANSLATE_NOOP("messages", "No time zone was given."),
    QT_TRANSLATE_NOOP("messages", "Only a named approver of the exceptional circuit may approve "
                                  "this post."),
    QT_TRANSLATE_NOOP("messages", "Only a post waiting for validation can be approved or "
                                  "rejected."),
    QT_TRANSLATE_NOOP("messages", "Only an approver or a manager other than its owner may approve "
                                  "this post."),
    QT_TRANSLATE_NOOP("messages", "Only one RRULE is supported per series."),
    QT_TRANSLATE_NOOP("messages", "Only the community manager may take this step, not {person}."),
    QT_TRANSLATE_NOOP("messages", "Only the community manager or the post's owner may do this, "
                                  "not {person}."),
    QT_TRANSLATE_NOOP("messages", "Results cannot be negative ({name})."),
    QT_TRANSLATE_NOOP("messages", "The content deadline falls after the publication date."),
    QT_TRANSLATE_NOOP("messages", "The day of the month"),
    QT_TRANSLATE_NOOP("messages", "The event ends before it starts."),
    QT_TRANSLATE_NOOP("messages", "The exceptional circuit needs at least one approval."),
    QT_TRANSLATE_NOOP("messages", "The exceptional circuit requires more approvals than it has "
                                  "approvers."),
    QT_TRANSLATE_NOOP("messages", "The interval"),
    QT_TRANSLATE_NOOP("messages", "The interval must be at least 1."),
    QT_TRANSLATE_NOOP("messages", "The number of occurrences"),
    QT_TRANSLATE_NOOP("messages", "The number of occurrences must be at least 1."),
    QT_TRANSLATE_NOOP("messages", "The plan needs a name."),
    QT_TRANSLATE_NOOP("messages", "The recurrence rule has no FREQ."),
    QT_TRANSLATE_NOOP("messages", "The recurrence rule is empty."),
    QT_TRANSLATE_NOOP("messages", "The request is due before it was made."),
    QT_TRANSLATE_NOOP("messages", "The series ends (UNTIL) before it starts."),
    QT_TRANSLATE_NOOP("messages", "The series “{name}” has more than {count} occurrences before "
                                  "the requested window; shorten the window or change the rule."),
    QT_TRANSLATE_NOOP("messages", "The window ends before it starts."),
    QT_TRANSLATE_NOOP("messages", "The window is too long to expand a series over it."),
    QT_TRANSLATE_NOOP("messages", "The {what} {value} has no time zone."),
    QT_TRANSLATE_NOOP("messages", "This post is not covered by the charter: it must be validated "
                                  "before scheduling."),
    QT_TRANSLATE_NOOP("messages", "This person may not decide on this post."),
    QT_TRANSLATE_NOOP("messages", "This recurrence rule never produces an occurrence."),
    QT_TRANSLATE_NOOP("messages", "Unknown time zone: “{name}”."),
    QT_TRANSLATE_NOOP("messages", "Unknown weekday “{code}” in the recurrence rule."),
    QT_TRANSLATE_NOOP("messages", "Unsupported language “{language}”: use “fr” or “en”."),
    QT_TRANSLATE_NOOP("messages", "{person} may not cancel this post."),
    QT_TRANSLATE_NOOP("messages", "{what} must be at least 1."),
    QT_TRANSLATE_NOOP("messages", "{what} “{value}” is not a whole number."),
    QT_TRANSLATE_NOOP("messages", "“{email}” is not an e-mail address."),
    # Services
    QT_TRANSLATE_NOOP("messages", "The backlog covers {low} to {high} weeks, not {weeks}."),
    # Files written (exports, published feeds, backups and copies of the plan)
    QT_TRANSLATE_NOOP("messages", "Cannot write {target}: {reason}."),
    QT_TRANSLATE_NOOP("messages", "Cannot write {target}: it is the open plan itself; choose "
                                  "another name."),
    QT_TRANSLATE_NOOP("messages", "Cannot publish to {folder}: the folder does not exist."),
    QT_TRANSLATE_NOOP("messages", "the disk is full"),
    QT_TRANSLATE_NOOP("messages", "the folder is read-only or access is denied"),
    QT_TRANSLATE_NOOP("messages", "the folder does not exist"),
    # Files read (iCalendar import) and the backlog's format
    QT_TRANSLATE_NOOP("messages", "A moved occurrence has no series in the file."),
    QT_TRANSLATE_NOOP("messages", "A post must have a date and a time."),
    QT_TRANSLATE_NOOP("messages", "A recurring event cannot be expanded: {problem}"),
    QT_TRANSLATE_NOOP("messages", "A second calendar starts after the first one ended."),
    QT_TRANSLATE_NOOP("messages", "A series must start at a date and a time."),
    QT_TRANSLATE_NOOP("messages", "A series needs exactly one RRULE."),
    QT_TRANSLATE_NOOP("messages", "Cannot read {path}: {problem}."),
    QT_TRANSLATE_NOOP("messages", "Control character {code} in the line (binary junk?)."),
    QT_TRANSLATE_NOOP("messages", "END:{component} closes {open} begun at line {begun}."),
    QT_TRANSLATE_NOOP("messages", "END:{component} without a matching BEGIN."),
    QT_TRANSLATE_NOOP("messages", "Invalid property name “{name}”."),
    QT_TRANSLATE_NOOP("messages", "It was deleted from the plan after the preview."),
    QT_TRANSLATE_NOOP("messages", "Line {line}: RDATE of the event “{title}” ignored ({problem})."),
    QT_TRANSLATE_NOOP("messages", "Line {line}: the event “{uid}” appears {count} times; the one "
                                  "with the highest SEQUENCE is kept."),
    QT_TRANSLATE_NOOP("messages", "Line {line}: the post “{title}” belongs to a series that is "
                                  "neither in the file nor in the plan; it is imported as a "
                                  "single post."),
    QT_TRANSLATE_NOOP("messages", "Line {line}: {name} ignored ({problem})."),
    QT_TRANSLATE_NOOP("messages", "Line {line}: {problem}"),
    QT_TRANSLATE_NOOP("messages", "The file says it is {encoding} text but is not (damaged or "
                      "truncated?)."),
    QT_TRANSLATE_NOOP("messages", "The file is truncated: it stops in the middle of a line, inside "
                      "{open} begun at line {begun}."),
    QT_TRANSLATE_NOOP("messages", "changed: {fields}"),
    QT_TRANSLATE_NOOP("messages", "the file's version is newer (SEQUENCE)"),
    QT_TRANSLATE_NOOP("messages", "The file has no events."),
    QT_TRANSLATE_NOOP("messages", "Publish settings"),
    QT_TRANSLATE_NOOP("messages", "The publish folder needs a path."),
    QT_TRANSLATE_NOOP("messages", "Choose a publish folder before publishing after each change."),
    QT_TRANSLATE_NOOP("messages", "Import {file}"),
    QT_TRANSLATE_NOOP("messages", "It changed in the plan after the preview: preview the import "
                      "again."),
    QT_TRANSLATE_NOOP("messages", "no longer an occurrence in the source calendar (excluded, or "
                      "the rule was shortened)"),
    QT_TRANSLATE_NOOP("messages", "An approval cannot be read ({problem})."),
    QT_TRANSLATE_NOOP("messages", "Cannot write {target}: it is the open plan itself or one of its "
                      "files; choose another name."),
    QT_TRANSLATE_NOOP("messages", "Cannot write {target}: that name is for plans and their "
                      "backups; choose another name."),
    QT_TRANSLATE_NOOP("messages", "Cannot write {target}: it holds a plan or a backup; choose "
                      "another name."),
    QT_TRANSLATE_NOOP("messages", "The publication URL “{url}” is not a web address (http:// or "
                      "https://) nor a mail address (mailto:)."),
    QT_TRANSLATE_NOOP("messages", "{count} event(s), all after {date} (use --to, or the import's "
                      "last day)."),
    QT_TRANSLATE_NOOP("messages", "{count} event(s), all before {date} (use --from, or the "
                      "import's first day)."),
    QT_TRANSLATE_NOOP("messages", "The calendar cannot be read: {problem}"),
    QT_TRANSLATE_NOOP("messages", "The event “{title}” ends before it starts."),
    QT_TRANSLATE_NOOP("messages", "The event “{title}” has a recurrence interval below 1 (an "
                                  "endless rule)."),
    QT_TRANSLATE_NOOP("messages", "The event “{title}” has no start (DTSTART)."),
    QT_TRANSLATE_NOOP("messages", "The event “{title}” repeats every minute: such a rule cannot "
                                  "be imported as IRL events."),
    QT_TRANSLATE_NOOP("messages", "The event “{title}” repeats every second: such a rule cannot "
                                  "be imported as IRL events."),
    QT_TRANSLATE_NOOP("messages", "The event “{title}” repeats more than {count} times between "
                                  "{first} and {last} (an endless or too frequent rule): import a "
                                  "shorter period."),
    QT_TRANSLATE_NOOP("messages", "The file does not start with BEGIN:VCALENDAR (is it an "
                                  "iCalendar file?)."),
    QT_TRANSLATE_NOOP("messages", "The file ends inside {open} begun at line {begun} (END:{open} "
                                  "is missing: the file is truncated?)."),
    QT_TRANSLATE_NOOP("messages", "The file holds no calendar (no BEGIN:VCALENDAR)."),
    QT_TRANSLATE_NOOP("messages", "The file holds several calendars; import them one at a time."),
    QT_TRANSLATE_NOOP("messages", "The file is empty."),
    QT_TRANSLATE_NOOP("messages", "The file is neither UTF-8 nor Windows text (binary content?)."),
    QT_TRANSLATE_NOOP("messages", "The file is {size} MB; calendar files above {limit} MB are "
                                  "refused (export a shorter period from the other calendar)."),
    QT_TRANSLATE_NOOP("messages", "The import was cancelled and nothing was changed (“{title}”): "
                                  "{problem}"),
    QT_TRANSLATE_NOOP("messages", "The import was cancelled and nothing was changed: {problem}"),
    QT_TRANSLATE_NOOP("messages", "This is not a calendar file (binary content)."),
    QT_TRANSLATE_NOOP("messages", "Time zone “{zone}” is unknown; its fixed offset is used "
                                  "(daylight-saving changes are not followed)."),
    QT_TRANSLATE_NOOP("messages", "Unknown backlog format “{format}”: use html, csv or xlsx."),
    QT_TRANSLATE_NOOP("messages", "Unknown cmplanner item kind “{kind}”."),
    QT_TRANSLATE_NOOP("messages", "Unknown time zone “{zone}” in {name} of the event “{title}” "
                                  "(neither a known zone nor defined in the file)."),
    QT_TRANSLATE_NOOP("messages", "Unknown {what} “{value}”."),
    QT_TRANSLATE_NOOP("messages", "X-WR-TIMEZONE “{zone}” is unknown; the plan's zone is used."),
    QT_TRANSLATE_NOOP("messages", "already in the plan through its series"),
    QT_TRANSLATE_NOOP("messages", "cancelled in the source calendar"),
    QT_TRANSLATE_NOOP("messages", "event kind"),
    QT_TRANSLATE_NOOP("messages", "named by an imported item"),
    QT_TRANSLATE_NOOP("messages", "occurrence of a recurring event"),
    QT_TRANSLATE_NOOP("messages", "one occurrence of a series exported occurrence by occurrence "
                                  "(Outlook-safe profile); export with the standard profile to "
                                  "carry the series itself"),
    QT_TRANSLATE_NOOP("messages", "post kind"),
    QT_TRANSLATE_NOOP("messages", "status"),
    QT_TRANSLATE_NOOP("messages", "the plan holds a newer version (revision {plan} > {file})"),
    QT_TRANSLATE_NOOP("messages", "unchanged"),
    QT_TRANSLATE_NOOP("messages", "unknown program"),
    QT_TRANSLATE_NOOP("messages", "{count} task(s) or journal entries ignored: the plan holds "
                                  "events."),
    QT_TRANSLATE_NOOP("messages", "{name} of the event “{title}” cannot be read ({problem}): an "
                                  "impossible or badly written value."),
    QT_TRANSLATE_NOOP("messages", "{name} of the event “{title}” is not a date."),
    QT_TRANSLATE_NOOP("messages", "“{text}” is not a calendar line (no “:” after the name)."),
)
