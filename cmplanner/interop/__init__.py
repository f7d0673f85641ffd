"""Files that leave or enter the plan: iCalendar feeds and imports, backlog exports."""
