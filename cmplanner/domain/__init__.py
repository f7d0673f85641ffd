"""Pure-Python domain: entities and the rules that govern them.

Nothing in this package imports Qt or SQLAlchemy; a test enforces it.
"""
