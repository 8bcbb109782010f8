"""Synthesis: the cheapest design a catalogue allows whose every claim holds, and the proof that none is cheaper.

`catalogue` reads a catalogue file, `candidates` turns a choice into a
design and prices it, `counting` counts the candidates a catalogue allows,
`blocks` says which candidates a counterexample also defeats, `search` is
the counterexample-guided loop over the checker.
"""
