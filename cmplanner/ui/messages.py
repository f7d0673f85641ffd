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
    count = message.params.get("count")
    if "%n" in message.template and isinstance(count, int):  # plural forms (PLURALS below)
        text = QCoreApplication.translate("messages", message.template, "", count)
    else:
        text = QCoreApplication.translate("messages", message.template)
    if not message.params:
        return text
    values = {name: _shown(value) for name, value in message.params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return message.template.format(**values)


def _shown(value: object) -> object:
    if isinstance(value, (list, tuple)):  # several words, each in the interface's language
        return QLocale().createSeparatedList([str(_shown(v)) for v in value])
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


def _plurals(n: int) -> None:
    """Never called: the templates that count (``%n``), written as the calls lupdate and
    ``packaging/i18n.py`` read to give them plural forms."""
    QCoreApplication.translate("messages", "%n field(s) changed: {fields}", "", n)
    # The importer's refusals and warnings (cmplanner/interop/ics_import.py); one literal each,
    # as packaging/i18n.py reads them
    QCoreApplication.translate("messages", "%n event(s), all after {date} (use --to, or the import's last day).", "", n)  # noqa: E501
    QCoreApplication.translate("messages", "%n event(s), all before {date} (use --from, or the import's first day).", "", n)  # noqa: E501
    QCoreApplication.translate("messages", "%n task(s) or journal entries ignored: the plan holds events.", "", n)
    # Undo texts (cmplanner/services/media.py, crisis.py)
    QCoreApplication.translate("messages", "Import %n media file(s)", "", n)
    QCoreApplication.translate("messages", "Start the crisis “{reason}” (%n post(s) on hold)", "", n)
    QCoreApplication.translate("messages", "End the crisis “{reason}” (%n post(s) put back)", "", n)


TEMPLATES = (
    # Domain rules (cmplanner/domain)
    # A new plan from the guided set-up (cmplanner/services/new_plan.py)
    QT_TRANSLATE_NOOP("messages", "The plan needs a company name."),
    QT_TRANSLATE_NOOP("messages", "A network is chosen twice."),
    QT_TRANSLATE_NOOP("messages", "The pillars' target shares add up to {total} %: at most 100."),
    QT_TRANSLATE_NOOP("messages", "Two pillars have the same name."),
    QT_TRANSLATE_NOOP("messages", "This plan already holds items: a new plan goes into a new file."),
    QT_TRANSLATE_NOOP("messages", "“{name}” already exists: a new plan goes into a new file."),
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
    # Series use cases (cmplanner/services/series.py)
    QT_TRANSLATE_NOOP("messages", "Duplicate series “{name}”"),
    QT_TRANSLATE_NOOP("messages", "End series “{name}” on {day}"),
    QT_TRANSLATE_NOOP("messages", "The series “{name}” no longer exists."),
    QT_TRANSLATE_NOOP("messages", "This occurrence is no longer in the series “{name}”."),
    # Events moved and deleted from the calendar (cmplanner/services/calendar_events.py)
    QT_TRANSLATE_NOOP("messages", "This event no longer exists."),
    QT_TRANSLATE_NOOP("messages", "Move event “{title}”"),
    QT_TRANSLATE_NOOP("messages", "Move event “{title}” to {day}"),
    QT_TRANSLATE_NOOP("messages", "Move event “{title}” to {day}; %n promotion post(s) follow"),
    QT_TRANSLATE_NOOP("messages", "Change the times of event “{title}”"),
    # Items put at a new date and time from the week's time grid (cmplanner/services/reschedule.py)
    QT_TRANSLATE_NOOP("messages", "This post no longer exists."),
    QT_TRANSLATE_NOOP("messages", "This series no longer exists."),
    # Content requests (cmplanner/services/requests.py)
    QT_TRANSLATE_NOOP("messages", "This request no longer exists."),
    QT_TRANSLATE_NOOP("messages", "A post was already written from the request “{topic}”."),
    QT_TRANSLATE_NOOP("messages", "Write a post from the request “{topic}”"),
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
    # The fields an import changes ("%n field(s) changed: {fields}")
    QT_TRANSLATE_NOOP("messages", "title"),
    QT_TRANSLATE_NOOP("messages", "text"),
    QT_TRANSLATE_NOOP("messages", "kind"),
    QT_TRANSLATE_NOOP("messages", "start"),
    QT_TRANSLATE_NOOP("messages", "end"),
    QT_TRANSLATE_NOOP("messages", "all day"),
    QT_TRANSLATE_NOOP("messages", "description"),
    QT_TRANSLATE_NOOP("messages", "place"),
    QT_TRANSLATE_NOOP("messages", "publication address"),
    QT_TRANSLATE_NOOP("messages", "occurrence"),
    QT_TRANSLATE_NOOP("messages", "owner"),
    QT_TRANSLATE_NOOP("messages", "approvals"),
    QT_TRANSLATE_NOOP("messages", "networks"),
    QT_TRANSLATE_NOOP("messages", "pillar"),
    QT_TRANSLATE_NOOP("messages", "series"),
    QT_TRANSLATE_NOOP("messages", "rule"),
    QT_TRANSLATE_NOOP("messages", "title template"),
    QT_TRANSLATE_NOOP("messages", "skipped or moved occurrences"),
    QT_TRANSLATE_NOOP("messages", "other details"),
    QT_TRANSLATE_NOOP("messages", "networks or pillar (new ones are created)"),
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
    QT_TRANSLATE_NOOP("messages", "The import was cancelled; the plan was not changed."),
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
    QT_TRANSLATE_NOOP("messages", "no longer in the calendar"),
    QT_TRANSLATE_NOOP("messages", "source calendar"),
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
    QT_TRANSLATE_NOOP("messages", "{name} of the event “{title}” cannot be read ({problem}): an "
                                  "impossible or badly written value."),
    QT_TRANSLATE_NOOP("messages", "{name} of the event “{title}” is not a date."),
    QT_TRANSLATE_NOOP("messages", "“{text}” is not a calendar line (no “:” after the name)."),
    # Use cases (cmplanner/services) and conflicts between revisions
    QT_TRANSLATE_NOOP("messages", "A publication address must start with http://, https:// or mailto:."),
    QT_TRANSLATE_NOOP("messages", "A publication cannot be dated in the future ({when})."),
    QT_TRANSLATE_NOOP("messages", "A published post cannot be moved or reworded; only its publication record and results can change (or unpublish it first)."),
    QT_TRANSLATE_NOOP("messages", "Add “{name}”"),
    QT_TRANSLATE_NOOP("messages", "Approve “{title}”"),
    QT_TRANSLATE_NOOP("messages", "Cancel “{title}”"),
    QT_TRANSLATE_NOOP("messages", "Change the charter"),
    QT_TRANSLATE_NOOP("messages", "Change the editorial line"),
    QT_TRANSLATE_NOOP("messages", "Change the exceptional circuit"),
    QT_TRANSLATE_NOOP("messages", "Change the plan's settings"),
    QT_TRANSLATE_NOOP("messages", "Choose who you are before changing a post's status."),
    QT_TRANSLATE_NOOP("messages", "Create the event “{title}”"),
    QT_TRANSLATE_NOOP("messages", "Create the series “{name}”"),
    QT_TRANSLATE_NOOP("messages", "Create “{title}”"),
    QT_TRANSLATE_NOOP("messages", "Delete the event “{title}”"),
    QT_TRANSLATE_NOOP("messages", "Delete the series “{name}”"),
    QT_TRANSLATE_NOOP("messages", "Delete “{name}”"),
    QT_TRANSLATE_NOOP("messages", "Delete “{title}”"),
    QT_TRANSLATE_NOOP("messages", "Duplicate “{title}”"),
    QT_TRANSLATE_NOOP("messages", "Edit the event “{title}” and its promotion"),
    QT_TRANSLATE_NOOP("messages", "Edit the series “{name}”"),
    QT_TRANSLATE_NOOP("messages", "Edit “{name}”"),
    QT_TRANSLATE_NOOP("messages", "Edit “{title}”"),
    QT_TRANSLATE_NOOP("messages", "Mark “{title}” as published"),
    QT_TRANSLATE_NOOP("messages", "Move an occurrence of “{name}” to {day}"),
    QT_TRANSLATE_NOOP("messages", "Move “{title}” back to ideas"),
    QT_TRANSLATE_NOOP("messages", "Move “{title}” to draft"),
    QT_TRANSLATE_NOOP("messages", "Move “{title}” to {day}"),
    QT_TRANSLATE_NOOP("messages", "Only a published post can be unpublished."),
    QT_TRANSLATE_NOOP("messages", "Only an approved or scheduled post can be recorded as published (this one is “{status}”)."),
    QT_TRANSLATE_NOOP("messages", "Record the publication of “{title}”"),
    QT_TRANSLATE_NOOP("messages", "Reject “{title}”"),
    QT_TRANSLATE_NOOP("messages", "Saving sends this post back to validation (round {round}): what was approved has changed."),
    QT_TRANSLATE_NOOP("messages", "Schedule “{title}”"),
    QT_TRANSLATE_NOOP("messages", "Skip an occurrence of “{name}”"),
    QT_TRANSLATE_NOOP("messages", "Submit “{title}” for validation"),
    QT_TRANSLATE_NOOP("messages", "This post is planned for {when}: it cannot be marked as published before then (move it, or record its publication)."),
    QT_TRANSLATE_NOOP("messages", "Unpublish “{title}”"),
    QT_TRANSLATE_NOOP("messages", "Write an occurrence of “{name}”"),
    QT_TRANSLATE_NOOP("messages", "“{title}” was deleted meanwhile; the change was not saved."),
    QT_TRANSLATE_NOOP("messages", "“{title}” was changed meanwhile; the change was not saved."),
    QT_TRANSLATE_NOOP("messages", "“{title}” was changed meanwhile (you edited version {loaded}, the plan holds version {stored}); the change was not saved."),
    QT_TRANSLATE_NOOP("messages", "This is still in use; change what refers to it first."),
    # Network limits, media and image-rights consents (domain, services/media.py)
    QT_TRANSLATE_NOOP("messages", "A consent cannot expire before it was signed."),
    QT_TRANSLATE_NOOP("messages", "A consent needs the person shown: choose them from People."),
    QT_TRANSLATE_NOOP("messages", "A consent's duration must be at least one month."),
    QT_TRANSLATE_NOOP("messages", "{person} has no image-rights consent on record."),
    QT_TRANSLATE_NOOP("messages", "{network}: {file} lasts {length}, longer than the {limit} allowed."),
    QT_TRANSLATE_NOOP("messages", "{network}: {file} lasts {length}, shorter than the {limit} required."),
    QT_TRANSLATE_NOOP("messages", "{network}: {file} is {shape}; the network accepts videos from {low} to {high}."),
    QT_TRANSLATE_NOOP("messages", "{network}: {file} is {shape}; the network shows videos at {expected}, so it will be cropped or shown with bars."),
    QT_TRANSLATE_NOOP("messages", "A media item needs its file."),
    QT_TRANSLATE_NOOP("messages", "A media item's size cannot be negative."),
    QT_TRANSLATE_NOOP("messages", "Add consent of {person}"),
    QT_TRANSLATE_NOOP("messages", "Delete media {name}"),
    QT_TRANSLATE_NOOP("messages", "Edit consent of {person}"),
    QT_TRANSLATE_NOOP("messages", "Edit media {name}"),
    QT_TRANSLATE_NOOP("messages", "Edit network limits"),
    QT_TRANSLATE_NOOP("messages", "Image rights: {reason}"),
    QT_TRANSLATE_NOOP("messages", "Media of post {title}"),
    QT_TRANSLATE_NOOP("messages", "Not possible while a limit is broken: {reason}"),
    QT_TRANSLATE_NOOP("messages", "Not possible while limits are broken: {reason} (and {more} more)"),
    QT_TRANSLATE_NOOP("messages", "Replace a photo of {person} in {title}"),
    QT_TRANSLATE_NOOP("messages", "Save the plan in a file before attaching a form."),
    QT_TRANSLATE_NOOP("messages", "Save the plan in a file before importing media."),
    QT_TRANSLATE_NOOP("messages", "The limit “{name}” for {network} must be a whole number above zero."),
    QT_TRANSLATE_NOOP("messages", "Unknown limit “{name}” for {network}."),
    QT_TRANSLATE_NOOP("messages", "Unknown network “{network}” in the network limits."),
    QT_TRANSLATE_NOOP("messages", "Withdraw consent of {person}"),
    QT_TRANSLATE_NOOP("messages", "Withdraw {title} (image rights of {person})"),
    QT_TRANSLATE_NOOP("messages", "{network}: a photo or a video is needed."),
    QT_TRANSLATE_NOOP("messages", "{network}: above {limit} characters, scheduling tools refuse the text; publish it from the app."),
    QT_TRANSLATE_NOOP("messages", "{network}: photos and videos cannot be mixed in one post."),
    QT_TRANSLATE_NOOP("messages", "{network}: the characters {chars} are not allowed."),
    QT_TRANSLATE_NOOP("messages", "{network}: the text is %n byte(s) too long ({used} of {limit})."),
    QT_TRANSLATE_NOOP("messages", "{network}: the text is %n character(s) too long ({used} of {limit})."),
    QT_TRANSLATE_NOOP("messages", "{network}: the title is %n character(s) too long ({used} of {limit})."),
    QT_TRANSLATE_NOOP("messages", "{network}: write #{tag} in PascalCase (each word capitalised) so screen readers can say it."),
    QT_TRANSLATE_NOOP("messages", "{network}: {file} ({ratio}:1) will be cropped to fit between {low}:1 and {high}:1."),
    QT_TRANSLATE_NOOP("messages", "{network}: {file} has no alt text."),
    QT_TRANSLATE_NOOP("messages", "{network}: {file} will be cropped to the first image's shape."),
    QT_TRANSLATE_NOOP("messages", "{network}: {used} hashtags, {over} more than the {limit} allowed."),
    QT_TRANSLATE_NOOP("messages", "{network}: {used} images, {over} more than the {limit} allowed."),
    QT_TRANSLATE_NOOP("messages", "{network}: {used} videos, {over} more than the {limit} allowed."),
    QT_TRANSLATE_NOOP("messages", "{network}: {used} photos and videos, {over} more than the {limit} one post can hold."),
    QT_TRANSLATE_NOOP("messages", "{person} has not signed a consent form."),
    QT_TRANSLATE_NOOP("messages", "{person} left the company on {date}."),
    QT_TRANSLATE_NOOP("messages", "{person} withdrew their consent on {date}."),
    QT_TRANSLATE_NOOP("messages", "{person}'s consent covers internal uses only."),
    QT_TRANSLATE_NOOP("messages", "{person}'s consent does not cover {network}."),
    QT_TRANSLATE_NOOP("messages", "{person}'s consent expired on {date}."),
    # Review: periods, the line's shares, the exceptional circuit's deadline
    QT_TRANSLATE_NOOP("messages", "Period “{text}” not understood: write a month like 2026-12, a quarter like 2026-Q4 or a week like 2026-W50."),
    QT_TRANSLATE_NOOP("messages", "The pillars' target shares add up to {total} %, not 100 %."),
    QT_TRANSLATE_NOOP("messages", "The exceptional circuit names no substitute."),
    QT_TRANSLATE_NOOP("messages", "Only an overdue request of the exceptional circuit can be escalated."),
    QT_TRANSLATE_NOOP("messages", "This request was already escalated."),
    QT_TRANSLATE_NOOP("messages", "Change the workload estimates"),
    QT_TRANSLATE_NOOP("messages", "A workload estimate cannot be below zero."),
    QT_TRANSLATE_NOOP("messages", "A weekly capacity must be above zero."),
    QT_TRANSLATE_NOOP("messages", "No request of the exceptional circuit is overdue."),
    QT_TRANSLATE_NOOP("messages", "Let {name} decide on the overdue requests ({count})"),
    # Crisis mode
    QT_TRANSLATE_NOOP("messages", "A crisis needs a reason."),
    QT_TRANSLATE_NOOP("messages", "The crisis window ends before it starts."),
    QT_TRANSLATE_NOOP("messages", "A crisis is already under way since {when}: end it first."),
    QT_TRANSLATE_NOOP("messages", "This crisis has already ended."),
    # Meetings
    QT_TRANSLATE_NOOP("messages", "A meeting needs at least one person in the room."),
    QT_TRANSLATE_NOOP("messages", "A meeting is already under way since {when}: end it first."),
    QT_TRANSLATE_NOOP("messages", "This meeting has ended: its minutes can no longer change."),
    QT_TRANSLATE_NOOP("messages", "A note for the minutes needs some text."),
    QT_TRANSLATE_NOOP("messages", "This meeting has already ended."),
    QT_TRANSLATE_NOOP("messages", "No meeting is under way."),
    QT_TRANSLATE_NOOP("messages", "Start the meeting “{title}”"),
    QT_TRANSLATE_NOOP("messages", "Log the meeting's decisions"),
    QT_TRANSLATE_NOOP("messages", "Add a note to the minutes"),
    QT_TRANSLATE_NOOP("messages", "End the meeting “{title}”"),
    # Team plans: lengths checked before any database, copies, the server going away
    QT_TRANSLATE_NOOP("messages", "The {field} is too long: {length} characters, at most {limit}."),
    QT_TRANSLATE_NOOP("messages", "plan name"),
    QT_TRANSLATE_NOOP("messages", "time zone"),
    QT_TRANSLATE_NOOP("messages", "editorial line version"),
    QT_TRANSLATE_NOOP("messages", "name"),
    QT_TRANSLATE_NOOP("messages", "colour"),
    QT_TRANSLATE_NOOP("messages", "handle"),
    QT_TRANSLATE_NOOP("messages", "cadence"),
    QT_TRANSLATE_NOOP("messages", "e-mail address"),
    QT_TRANSLATE_NOOP("messages", "calendar uid"),
    QT_TRANSLATE_NOOP("messages", "promotion step label"),
    QT_TRANSLATE_NOOP("messages", "The team plan's server cannot be reached: the change was not "
                                  "saved. It stays in the editor; save again once the connection "
                                  "is back."),
    QT_TRANSLATE_NOOP("messages", "The plan to copy into is open read-only."),
    QT_TRANSLATE_NOOP("messages", "“{target}” already holds a plan: a plan is copied into an "
                                  "empty one only."),
    QT_TRANSLATE_NOOP("messages", "The copy was cancelled; “{target}” was left as it was."),
    QT_TRANSLATE_NOOP("messages", "The copy into “{target}” does not hold what the plan holds "
                                  "({tables}); nothing was kept."),
    QT_TRANSLATE_NOOP("messages", "“{name}” already exists; a copy goes into a new file."),
    # Plan-wide records named in a conflict (services/changes.py)
    QT_TRANSLATE_NOOP("messages", "Charter"),
    QT_TRANSLATE_NOOP("messages", "Editorial line"),
    QT_TRANSLATE_NOOP("messages", "Exceptional circuit"),
    QT_TRANSLATE_NOOP("messages", "Network limits"),
    QT_TRANSLATE_NOOP("messages", "Plan settings"),
    QT_TRANSLATE_NOOP("messages", "Publish folder"),
    QT_TRANSLATE_NOOP("messages", "Workload estimates"),
    QT_TRANSLATE_NOOP("messages", "Closure days"),
    # Closure days (domain/closures.py, services/closures.py)
    QT_TRANSLATE_NOOP("messages", "Change the closure days"),
    QT_TRANSLATE_NOOP("messages", "“{text}” is not a date: write it like 2026-12-24 or 24/12/2026."),
    QT_TRANSLATE_NOOP("messages", "“{text}” does not exist in the calendar."),
    QT_TRANSLATE_NOOP("messages", "A closure needs a first and a last day."),
    QT_TRANSLATE_NOOP("messages", "The closure ends ({last}) before it starts ({first})."),
    QT_TRANSLATE_NOOP("messages", "A closure lasts at most a year ({days} days asked)."),
    QT_TRANSLATE_NOOP("messages", "The closure's name is too long: {length} characters, at most {limit}."),
    QT_TRANSLATE_NOOP("messages", "The closure “{label}” names a site the plan does not have."),
    QT_TRANSLATE_NOOP("messages", "There is no closure number {number}."),
)
