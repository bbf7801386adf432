"""Teaching: lessons, the learners' advice, and what a run is expected to reach."""
