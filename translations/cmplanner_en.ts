<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>ChipDelegate</name>
    <message numerus="yes">
      <source>+%n more</source>
      <translation>
        <numerusform>+%n more</numerusform>
        <numerusform>+%n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConsentPage</name>
    <message numerus="yes">
      <source>{person}: %n post(s)</source>
      <translation>
        <numerusform>{person}: %n post</numerusform>
        <numerusform>{person}: %n posts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CrisisActions</name>
    <message numerus="yes">
      <source>Crisis since {when}: {reason}. %n post(s) on hold; new posts go through the exceptional circuit. Edit ▸ End the crisis… ends it.</source>
      <translation>
        <numerusform>Crisis since {when}: {reason}. %n post on hold; new posts go through the exceptional circuit. Edit ▸ End the crisis… ends it.</numerusform>
        <numerusform>Crisis since {when}: {reason}. %n posts on hold; new posts go through the exceptional circuit. Edit ▸ End the crisis… ends it.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DayGridModel</name>
    <message numerus="yes">
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n item</numerusform>
        <numerusform>%n items</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DaysOff</name>
    <message numerus="yes">
      <source>%n public holiday(s)</source>
      <translation>
        <numerusform>%n public holiday</numerusform>
        <numerusform>%n public holidays</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n closure day(s)</source>
      <translation>
        <numerusform>%n closure day</numerusform>
        <numerusform>%n closure days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DurationEdit</name>
    <message numerus="yes">
      <source>year(s)</source>
      <translation>
        <numerusform>year</numerusform>
        <numerusform>years</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>month(s)</source>
      <translation>
        <numerusform>month</numerusform>
        <numerusform>months</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EditorialLinePage</name>
    <message numerus="yes">
      <source>%n approval(s) required.</source>
      <translation>
        <numerusform>%n approval required.</numerusform>
        <numerusform>%n approvals required.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EndCrisisDialog</name>
    <message numerus="yes">
      <source>Crisis since {when}: {reason}. Ending it puts back the %n post(s) still on hold.</source>
      <translation>
        <numerusform>Crisis since {when}: {reason}. Ending it puts back the %n post still on hold.</numerusform>
        <numerusform>Crisis since {when}: {reason}. Ending it puts back the %n posts still on hold.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EventModels</name>
    <message numerus="yes">
      <source>%n post(s)</source>
      <translation>
        <numerusform>%n post</numerusform>
        <numerusform>%n posts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message numerus="yes">
      <source> and %n person(s).</source>
      <translation>
        <numerusform> and %n person.</numerusform>
        <numerusform> and %n people.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n pillar(s)</source>
      <translation>
        <numerusform>, %n pillar</numerusform>
        <numerusform>, %n pillars</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%1&lt;/b&gt; in the %2 time zone, with %n network(s)</source>
      <translation>
        <numerusform>&lt;b&gt;%1&lt;/b&gt; in the %2 time zone, with %n network</numerusform>
        <numerusform>&lt;b&gt;%1&lt;/b&gt; in the %2 time zone, with %n networks</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LineReviewTab</name>
    <message numerus="yes">
      <source>%n week(s) over capacity: {list}.</source>
      <translation>
        <numerusform>%n week over capacity: {list}.</numerusform>
        <numerusform>%n weeks over capacity: {list}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n item(s) shown</source>
      <translation>
        <numerusform>%n item shown</numerusform>
        <numerusform>%n items shown</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n week(s)</source>
      <translation>
        <numerusform>%n week</numerusform>
        <numerusform>%n weeks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The window is too narrow for %n week(s) side by side: Previous and Next show the others.</source>
      <translation>
        <numerusform>The window is too narrow for %n week side by side: Previous and Next show the others.</numerusform>
        <numerusform>The window is too narrow for %n weeks side by side: Previous and Next show the others.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Next %n week(s)</source>
      <translation>
        <numerusform>Next %n week</numerusform>
        <numerusform>Next %n weeks</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MeetingActions</name>
    <message numerus="yes">
      <source>Meeting under way: %n decision(s) logged</source>
      <translation>
        <numerusform>Meeting under way: %n decision logged</numerusform>
        <numerusform>Meeting under way: %n decisions logged</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NetworkEditorDialog</name>
    <message numerus="yes">
      <source>About %n post(s) a week.</source>
      <translation>
        <numerusform>About %n post a week.</numerusform>
        <numerusform>About %n posts a week.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message numerus="yes">
      <source>%n post(s)</source>
      <translation>
        <numerusform>%n post</numerusform>
        <numerusform>%n posts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n series</source>
      <translation>
        <numerusform>%n series</numerusform>
        <numerusform>%n series</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n event</numerusform>
        <numerusform>%n events</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n request(s)</source>
      <translation>
        <numerusform>%n request</numerusform>
        <numerusform>%n requests</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n person(s)</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n media item(s) or consent(s)</source>
      <translation>
        <numerusform>%n media item or consent</numerusform>
        <numerusform>%n media items or consents</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PreviewCard</name>
    <message numerus="yes">
      <source>%n more photo(s) in the carousel</source>
      <translation>
        <numerusform>%n more photo in the carousel</numerusform>
        <numerusform>%n more photos in the carousel</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RecurrenceEditor</name>
    <message numerus="yes">
      <source> occurrence(s)</source>
      <translation>
        <numerusform> occurrence</numerusform>
        <numerusform> occurrences</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>day(s)</source>
      <translation>
        <numerusform>day</numerusform>
        <numerusform>days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>month(s)</source>
      <translation>
        <numerusform>month</numerusform>
        <numerusform>months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>week(s)</source>
      <translation>
        <numerusform>week</numerusform>
        <numerusform>weeks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>year(s)</source>
      <translation>
        <numerusform>year</numerusform>
        <numerusform>years</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RequestsPage</name>
    <message numerus="yes">
      <source>%n request(s) overdue</source>
      <translation>
        <numerusform>%n request overdue</numerusform>
        <numerusform>%n requests overdue</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SeriesPage</name>
    <message numerus="yes">
      <source>Occurrences of the next weeks lacking content: %n</source>
      <translation>
        <numerusform>Occurrences of the next weeks lacking content: %n</numerusform>
        <numerusform>Occurrences of the next weeks lacking content: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Occurrences of {name} lacking content: %n</source>
      <translation>
        <numerusform>Occurrences of {name} lacking content: %n</numerusform>
        <numerusform>Occurrences of {name} lacking content: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n occurrence(s)</source>
      <translation>
        <numerusform>%n occurrence</numerusform>
        <numerusform>%n occurrences</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n of them on a day off</source>
      <translation>
        <numerusform>%n of them on a day off</numerusform>
        <numerusform>%n of them on a day off</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TeamActions</name>
    <message numerus="yes">
      <source>The plan is on the team's server: %n post(s), every table checked. Open it with File &gt; Open team plan….</source>
      <translation>
        <numerusform>The plan is on the team's server: %n post, every table checked. Open it with File &gt; Open team plan….</numerusform>
        <numerusform>The plan is on the team's server: %n posts, every table checked. Open it with File &gt; Open team plan….</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>VariantCounter</name>
    <message numerus="yes">
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n character</numerusform>
        <numerusform>%n characters</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n too many</source>
      <translation>
        <numerusform>%n too many</numerusform>
        <numerusform>%n too many</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>“… more” after %n character(s)</source>
      <translation>
        <numerusform>“… more” after %n character</numerusform>
        <numerusform>“… more” after %n characters</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n figure(s) checked on {date}: {url}</source>
      <translation>
        <numerusform>%n figure checked on {date}: {url}</numerusform>
        <numerusform>%n figures checked on {date}: {url}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WaitingModel</name>
    <message numerus="yes">
      <source>overdue by %n day(s)</source>
      <translation>
        <numerusform>overdue by %n day</numerusform>
        <numerusform>overdue by %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>overdue by %n hour(s)</source>
      <translation>
        <numerusform>overdue by %n hour</numerusform>
        <numerusform>overdue by %n hours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ics_actions</name>
    <message numerus="yes">
      <source>Published %n file(s) to {folder}</source>
      <translation>
        <numerusform>Published %n file to {folder}</numerusform>
        <numerusform>Published %n files to {folder}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message numerus="yes">
      <source>Move event “{title}” to {day}; %n promotion post(s) follow</source>
      <translation>
        <numerusform>Move event “{title}” to {day}; %n promotion post follows</numerusform>
        <numerusform>Move event “{title}” to {day}; %n promotion posts follow</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n field(s) changed: {fields}</source>
      <translation>
        <numerusform>%n field changed: {fields}</numerusform>
        <numerusform>%n fields changed: {fields}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n event(s), all after {date} (use --to, or the import's last day).</source>
      <translation>
        <numerusform>%n event, after {date} (use --to, or the import's last day).</numerusform>
        <numerusform>%n events, all after {date} (use --to, or the import's last day).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n event(s), all before {date} (use --from, or the import's first day).</source>
      <translation>
        <numerusform>%n event, before {date} (use --from, or the import's first day).</numerusform>
        <numerusform>%n events, all before {date} (use --from, or the import's first day).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n task(s) or journal entries ignored: the plan holds events.</source>
      <translation>
        <numerusform>%n task or journal entry ignored: the plan holds events.</numerusform>
        <numerusform>%n tasks or journal entries ignored: the plan holds events.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Import %n media file(s)</source>
      <translation>
        <numerusform>Import %n media file</numerusform>
        <numerusform>Import %n media files</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Start the crisis “{reason}” (%n post(s) on hold)</source>
      <translation>
        <numerusform>Start the crisis “{reason}” (%n post on hold)</numerusform>
        <numerusform>Start the crisis “{reason}” (%n posts on hold)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>End the crisis “{reason}” (%n post(s) put back)</source>
      <translation>
        <numerusform>End the crisis “{reason}” (%n post put back)</numerusform>
        <numerusform>End the crisis “{reason}” (%n posts put back)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{network}: the text is %n byte(s) too long ({used} of {limit}).</source>
      <translation>
        <numerusform>{network}: the text is %n byte too long ({used} of {limit}).</numerusform>
        <numerusform>{network}: the text is %n bytes too long ({used} of {limit}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{network}: the text is %n character(s) too long ({used} of {limit}).</source>
      <translation>
        <numerusform>{network}: the text is %n character too long ({used} of {limit}).</numerusform>
        <numerusform>{network}: the text is %n characters too long ({used} of {limit}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{network}: the title is %n character(s) too long ({used} of {limit}).</source>
      <translation>
        <numerusform>{network}: the title is %n character too long ({used} of {limit}).</numerusform>
        <numerusform>{network}: the title is %n characters too long ({used} of {limit}).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Cadence</name>
    <message numerus="yes">
      <source>{network}: %n posts this day, more than {limit} for the target {target}</source>
      <translation>
        <numerusform>{network}: %n post this day, more than {limit} for the target {target}</numerusform>
        <numerusform>{network}: %n posts this day, more than {limit} for the target {target}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{network}: no post for %n working day(s) in a row, against the target {target}</source>
      <translation>
        <numerusform>{network}: no post for %n working day in a row, against the target {target}</numerusform>
        <numerusform>{network}: no post for %n working days in a row, against the target {target}</numerusform>
      </translation>
    </message>
  </context>
</TS>