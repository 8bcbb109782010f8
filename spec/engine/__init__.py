"""Design-agnostic model checking of a finite transition system with Z3.

Nothing in this package knows about call servers: it sees named Boolean and
integer variables, an initial condition, a successor function over current
state and inputs, and a set of bad states (`system`). `bmc` finds the
shortest path to a bad state (of those, one with the fewest faults);
`pdr` (Z3's Spacer) and `kinduction` prove that none is reachable at any
depth; `certificate` re-checks such a proof's invariant from scratch, with
Z3 and cvc5; `results` names what a run can conclude; `deadline` shares
one wall-clock limit among the solver calls of a check. Importing the
package sets Z3's memory ceiling for the process.
"""

import z3

MEMORY_LIMIT_MB = 8192
"""Z3's memory ceiling, in megabytes, for every solver of the process.

A claim whose search would need more is `unknown` rather than a machine
brought down: Z3 gives up with an `unknown` answer or an "out of memory"
error, which `spec.check` reports as an inconclusive verdict.
"""
z3.set_param("memory_max_size", MEMORY_LIMIT_MB)
