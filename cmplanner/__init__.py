"""cmplanner: the editorial planner of a company's community manager."""

__version__ = "0.1.0"
