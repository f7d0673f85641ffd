"""Use cases that combine domain rules with the store: one function per thing a user does."""
