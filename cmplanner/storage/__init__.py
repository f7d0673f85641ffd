"""Persistence of the plan in one SQLite file. The only package that imports SQLAlchemy."""
