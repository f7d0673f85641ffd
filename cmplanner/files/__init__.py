"""Files that any layer may need, with no Qt and no database: the atomic writer (every file
written outside the plan), the plan's lock (one writer per plan) and the dataclasses' compiled
methods kept between starts (class_code.py)."""
