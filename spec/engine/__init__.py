"""Design-agnostic model checking of a finite transition system with Z3.

Nothing in this package knows about call servers: it sees named Boolean and
integer variables, an initial condition, a transition relation over current
state, inputs and next state, and a set of bad states. `bmc` finds the
shortest path to a bad state; `pdr` proves that none is reachable at any
depth; `certificate` re-checks such a proof from scratch.
"""
