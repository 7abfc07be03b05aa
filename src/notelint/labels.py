"""The label names of the corpus contract (see data/GUIDELINES.md). Tuples keep the order stable."""

KINDS = ("evidence", "vague", "context")
POLARITIES = ("positive", "negative", "neutral")
DIMENSIONS = (
    "ml_fundamentals", "coding", "system_thinking", "data_intuition", "judgment", "metrics",
    "risk_awareness", "ownership", "learning", "communication", "user_impact",
)
RISK_DIMENSIONS = ("judgment", "metrics", "risk_awareness", "ownership", "learning", "user_impact")
RECOMMENDATIONS = ("strong_hire", "hire", "lean_hire", "lean_no_hire", "no_hire")
# Numeric value of each recommendation: symmetric around 0 so that leniency offsets are signed.
RECOMMENDATION_VALUE = {"strong_hire": 2.0, "hire": 1.0, "lean_hire": 0.5,
                        "lean_no_hire": -0.5, "no_hire": -2.0}
ROUNDS = ("fundamentals", "system_design", "coding", "data", "debugging", "behavioural")
