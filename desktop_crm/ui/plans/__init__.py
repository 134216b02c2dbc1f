"""Account plans in the GUI: the plan editor, version comparison, printing, batch printing."""
