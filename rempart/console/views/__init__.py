"""Console pages, one module per subject. Each view: load (scoped), check permission, act, render."""
