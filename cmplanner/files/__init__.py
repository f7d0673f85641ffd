"""Files beside the plan that any layer may need, with no Qt and no database: the atomic writer
(every file written outside the plan) and the plan's lock (one writer per plan)."""
