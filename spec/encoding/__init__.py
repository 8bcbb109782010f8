"""From a platform to a transition system, and from a solver's path back to choices.

The transition system is the semantics interpreted on Z3 terms. Every field
of `spec.semantics.State` and `Moves` becomes named variables, with the sort
and indexing its declaration gives; the fleet of servers becomes variables
in one of two encodings:

- `servers`: one variable per field of `ServerState` per server
  (`crashed[cs1]`), and per field of `ServerMoves` per server (`crash[cs1]`);
- `counting`: per class of interchangeable servers and local state, the
  number of members in it (`count[lille-a-1*500:crashed=1,...]`), and per
  class, local state and non-idle move, how many members make it. Its cost
  does not grow with the number of servers in a class.

A counterexample comes back as valuations of those variables; `adversary_of`
keeps only the adversary's choices from it, per server (a counting path is
concretized: which members crash is settled by replaying it concretely), so
that the run can be replayed on the concrete interpretation instead of
being trusted.

The package does that job by job: `naming` (the variables' names),
`local_states` (what the solver proves of a server's step, for counting),
`layouts` (the two encodings of the fleet), `system` (the transition
system), `event_frames` (fault events and symmetries on frames) and
`decoding` (from a path back to choices, from a state to values).
"""


from __future__ import annotations

from spec.encoding.decoding import adversary_of, moves_valuation, valuation
from spec.encoding.event_frames import Permutation, event_images, events_used, variable_images
from spec.encoding.layouts import ENCODINGS, choose_encoding, layout
from spec.encoding.system import transition_system

__all__ = [
    "ENCODINGS",
    "Permutation",
    "adversary_of",
    "choose_encoding",
    "event_images",
    "events_used",
    "layout",
    "moves_valuation",
    "transition_system",
    "valuation",
    "variable_images",
]
