"""Pages of the main window beside the calendar: events, editorial line, people, requests."""
