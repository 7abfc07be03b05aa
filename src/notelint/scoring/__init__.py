"""Specificity: how much of a note (and of each unit) a debrief can use, on a 0-100 scale."""
