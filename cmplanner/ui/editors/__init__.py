"""Editor dialogs: each edits one entity (or one part of the plan) and saves it as one undo step."""
