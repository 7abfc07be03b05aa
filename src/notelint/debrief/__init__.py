"""The evidence-weighted candidate signal for debriefs."""
from .aggregate import Switches, compute_signal
from .notes import AnalysedNote, SignalUnit, from_dict, from_report
from .rubric import Rubric, load_rubric

__all__ = ["compute_signal", "Switches", "AnalysedNote", "SignalUnit", "from_dict", "from_report",
           "Rubric", "load_rubric"]
